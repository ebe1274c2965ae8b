package eu.tibs.workspace.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import eu.tibs.TibsApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the company list answers over many companies, on the demo profile (H2 in memory): adds companies with
 * plain SQL, logs in as a Podlaskie broker like a browser, and times list pages (first, search, far page, NACE).
 * Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=eu.tibs.workspace.bench.CompanyListTiming -Dexec.args="10000"}
 */
public final class CompanyListTiming {
    private static final String[] REGIONS = {"PL-PODLASKIE", "LT-KAUNAS", "LV-VIDZEME", "EE-SOUTH", "DK-SOUTHERN",
            "DE-HAMBURG", "FI-KOUVOLA"};
    private static final String[] COUNTRIES = {"PL", "LT", "LV", "EE", "DK", "DE", "FI"};
    private static final String[] NACE = {"10.51", "25.62", "62.01", "46.33", "28.99", "72.19"};
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private CompanyListTiming() {
    }

    public static void main(String[] args) throws Exception {
        int companies = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        var context = SpringApplication.run(TibsApplication.class, "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:timing;DB_CLOSE_DELAY=-1",
                "--tibs.notifications.mailbox=target/mailbox", "--logging.level.root=WARN");
        try {
            insert(context.getBean(JdbcTemplate.class), companies);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            logIn(client, port);
            System.out.printf(Locale.ROOT, "%d companies in all (%d more added), 2 cores shared%n",
                    context.getBean(JdbcTemplate.class).queryForObject("select count(*) from company", Long.class),
                    companies);
            System.out.println("| page | p50 ms | p95 ms | max ms |");
            System.out.println("|---|---:|---:|---:|");
            for (String query : List.of("", "?q=food", "?page=50", "?nace=10.5", "?q=no-such-company")) {
                System.out.println(time(client, port, "/workspace/companies" + query));
            }
        } finally {
            context.close();
        }
    }

    private static void insert(JdbcTemplate jdbc, int count) {
        var random = new Random(42);
        var now = Timestamp.from(Instant.now());
        var companies = new ArrayList<Object[]>();
        var nace = new ArrayList<Object[]>();
        for (int i = 0; i < count; i++) {
            var id = UUID.randomUUID();
            int region = random.nextInt(REGIONS.length);
            companies.add(new Object[] {id, "Timing Company " + i + (i % 7 == 0 ? " Food" : " Works"),
                    "T" + i, COUNTRIES[region], REGIONS[region], now, now});
            nace.add(new Object[] {id, NACE[random.nextInt(NACE.length)]});
        }
        jdbc.batchUpdate("insert into company (id, legal_name, registry_id, country, region_code, size_class,"
                + " organisation_type, year_founded, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, 'SMALL', 'COMPANY', 2000, ?, ?, 0)", companies);
        jdbc.batchUpdate("insert into company_nace (company_id, nace_code) values (?, ?)", nace);
    }

    private static void logIn(HttpClient client, int port) throws Exception {
        var page = client.send(get(port, "/login"), HttpResponse.BodyHandlers.ofString()).body();
        var token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=anna.kowalska&password=demo&_csrf=" + URLEncoder.encode(token.group(1),
                StandardCharsets.UTF_8);
        client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String time(HttpClient client, int port, String path) throws Exception {
        int warmup = 20;
        int runs = 100;
        long[] millis = new long[runs];
        for (int i = -warmup; i < runs; i++) {
            long start = System.nanoTime();
            var response = client.send(get(port, path), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "| `%s` | %d | %d | %d |", path, millis[runs / 2], millis[runs * 95 / 100],
                millis[runs - 1]);
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .build();
    }
}
