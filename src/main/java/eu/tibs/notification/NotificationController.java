package eu.tibs.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import eu.tibs.web.ConflictException;
import eu.tibs.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outbox for coordinators (access is decided in the security configuration): what failed, and a retry. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications")
@Validated
class NotificationController {
    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationController(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Messages newest first, optionally only those with a status (FAILED: every attempt failed)")
    @Transactional(readOnly = true)
    List<NotificationView> list(@RequestParam(required = false) NotificationStatus status,
                                @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        var page = PageRequest.of(0, limit);
        return (status == null ? notifications.findAllByOrderByCreatedAtDesc(page)
                : notifications.findByStatusOrderByCreatedAtDesc(status, page))
                .stream().map(NotificationView::of).toList();
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Sends a message that was not sent again, with a fresh series of attempts starting now")
    @Transactional
    NotificationView retry(@PathVariable UUID id) {
        var notification = notifications.findById(id).orElseThrow(() -> new NotFoundException("Notification", id));
        if (notification.getStatus() == NotificationStatus.SENT) {
            throw new ConflictException("Notification " + id + " was sent already.");
        }
        if (notification.isHeldAt(clock.instant())) {
            throw new ConflictException("Notification " + id + " is being sent by a node right now; look again later.");
        }
        notification.retry(clock.instant());
        return NotificationView.of(notification);
    }
}
