package eu.tibs.publicintake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts public requests per client address and hour in the database, so that the limit holds across all nodes and
 * a refused request still counts.
 */
@Component
class RequestQuota {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RequestQuota(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts this request; true while the client is within its hourly allowance. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean allows(String client, int perHour) {
        Instant window = clock.instant().truncatedTo(ChronoUnit.HOURS);
        if (!increment(client, window)) {
            try {
                jdbc.update("insert into public_request_window (client, window_start, requests) values (?, ?, 1)",
                        client, Timestamp.from(window));
                jdbc.update("delete from public_request_window where window_start < ?",
                        Timestamp.from(window.minus(1, ChronoUnit.DAYS)));
            } catch (DuplicateKeyException concurrentFirstRequest) {
                increment(client, window);
            }
        }
        Integer requests = jdbc.queryForObject(
                "select requests from public_request_window where client = ? and window_start = ?", Integer.class,
                client, Timestamp.from(window));
        return requests != null && requests <= perHour;
    }

    private boolean increment(String client, Instant window) {
        return jdbc.update("update public_request_window set requests = requests + 1 where client = ? and window_start = ?",
                client, Timestamp.from(window)) > 0;
    }
}
