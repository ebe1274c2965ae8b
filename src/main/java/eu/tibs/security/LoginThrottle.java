package eu.tibs.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts failed logins per client address, never per user: whoever types wrong passwords for a user slows only
 * themselves, and the user logs in from anywhere else as usual. Counted in each node's memory, so a cluster of n
 * nodes allows an address up to n times the limit; that still makes guessing a password impractical.
 */
@Component
class LoginThrottle {
    /** Beyond this many addresses, expired windows are dropped, so that many addresses cannot exhaust memory. */
    private static final int PRUNE_ABOVE = 10_000;

    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final Map<String, Window> failures = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** True while this address has used up its failed logins of the current window. */
    boolean refuses(String address) {
        Window window = failures.get(address);
        return window != null && !window.expired(clock.instant(), settings.window())
                && window.failures() >= settings.maxFailures();
    }

    void failed(String address) {
        Instant now = clock.instant();
        failures.compute(address, (key, window) -> window == null || window.expired(now, settings.window())
                ? new Window(now, 1) : new Window(window.start(), window.failures() + 1));
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(window -> window.expired(now, settings.window()));
        }
    }

    Duration window() {
        return settings.window();
    }

    private record Window(Instant start, int failures) {
        boolean expired(Instant now, Duration length) {
            return !now.isBefore(start.plus(length));
        }
    }
}
