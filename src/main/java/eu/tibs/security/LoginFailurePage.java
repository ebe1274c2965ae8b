package eu.tibs.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the login page, saying whether the password was wrong or the address must wait ({@link LoginThrottle}). */
class LoginFailurePage implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String reason = failure instanceof LoginThrottled ? "throttled" : "error";
        response.sendRedirect(request.getContextPath() + BrowserSecurityConfig.LOGIN_PAGE + "?" + reason);
    }
}
