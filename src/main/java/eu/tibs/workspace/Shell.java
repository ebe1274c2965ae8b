package eu.tibs.workspace;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import eu.tibs.security.RegionGuard;
import eu.tibs.web.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** What every page's header shows: who is logged in, for which regions, and where they may go. */
@ControllerAdvice(basePackages = "eu.tibs.workspace")
// Before the API's problem-details advice, which would answer a page with JSON.
@Order(Ordered.HIGHEST_PRECEDENCE)
class Shell {
    private final RegionGuard guard;

    Shell(RegionGuard guard) {
        this.guard = guard;
    }

    /** The header's facts about the person logged in. */
    record Header(String userId, String scope, List<Navigation> places) {
    }

    @ModelAttribute("header")
    Header header() {
        var actor = guard.actor();
        String scope = actor.readsEveryRegion() ? "all regions" : String.join(", ", new TreeSet<>(actor.brokerRegions()));
        return new Header(actor.userId(), scope, Navigation.of(actor));
    }

    /**
     * Another region's company or case does not exist here either. An exception handler's model gets no
     * {@code @ModelAttribute}s, so the header is added here.
     */
    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound() {
        return refused("Not found", "There is no such company or case, or it is not one of your region's.");
    }

    /** A broker of the counterpart region reading a company may not change it. */
    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView forbidden() {
        return refused("Not yours to change", "Only the brokers of the company's home region change its data.");
    }

    private ModelAndView refused(String title, String message) {
        return new ModelAndView("refused", Map.of("header", header(), "title", title, "message", message));
    }
}
