package eu.tibs.foundation;

import java.nio.file.Files;
import java.nio.file.Path;

import eu.tibs.TibsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo survives a restart on its H2 file, and restarting adds no demo data and no definition versions. */
class RestartIT {

    @Test
    void aRestartKeepsTheDataAndDuplicatesNothing(@TempDir Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve("tibs").toAbsolutePath();
        Counts first;
        try (var app = start(url)) {
            first = Counts.of(app);
            app.getBean(JdbcTemplate.class).update("update company set website = 'https://kept.example' where"
                    + " registry_id = (select min(registry_id) from company)");
        }
        assertThat(Files.exists(folder.resolve("tibs.mv.db"))).isTrue();
        try (var app = start(url)) {
            assertThat(Counts.of(app)).isEqualTo(first);
            assertThat(app.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from company where website = 'https://kept.example'", Integer.class)).isEqualTo(1);
        }
        assertThat(first.companies()).isGreaterThanOrEqualTo(40);
        assertThat(first.users()).isEqualTo(10);
        assertThat(first.definitions()).isPositive();
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(TibsApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url);
    }

    /** What must not grow when nothing changed. */
    record Counts(int companies, int profiles, int users, int definitions, int forms, int deployments) {
        static Counts of(ConfigurableApplicationContext app) {
            var jdbc = app.getBean(JdbcTemplate.class);
            return new Counts(count(jdbc, "company"), count(jdbc, "cooperation_profile"), count(jdbc, "ACT_ID_USER"),
                    count(jdbc, "ACT_RE_PROCDEF"), count(jdbc, "ACT_RE_CAMFORMDEF"), count(jdbc, "ACT_RE_DEPLOYMENT"));
        }

        private static int count(JdbcTemplate jdbc, String table) {
            return jdbc.queryForObject("select count(*) from " + table, Integer.class);
        }
    }
}
