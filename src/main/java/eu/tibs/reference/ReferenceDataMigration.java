package eu.tibs.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.CRC32;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import static eu.tibs.reference.ReferenceTable.Column.number;
import static eu.tibs.reference.ReferenceTable.Column.text;

/**
 * Loads the code lists shipped under {@code /reference} into our tables. Repeatable: Flyway runs it again,
 * under its own lock, whenever a CSV file changes, so adding a region is a data change, not a code change.
 */
@Component
class ReferenceDataMigration implements JavaMigration {

    private static final List<ReferenceTable> TABLES = List.of(
            new ReferenceTable("regions.csv", "region", List.of(text("name"), text("country"), text("nuts_code"),
                    number("nuts_level"), text("language"), text("broker_organisation"))),
            new ReferenceTable("trans_s3_domains.csv", "s3_domain", List.of(text("name"), text("description"))),
            new ReferenceTable("nace_rev2.csv", "nace_activity", List.of(number("level"),
                    text("parent_code", "parent"), text("title"), text("includes"), text("excludes"))),
            new ReferenceTable("value_chain.csv", "value_chain_component",
                    List.of(text("name"), text("kind"), text("description"))),
            new ReferenceTable("cooperation_types.csv", "cooperation_type", List.of(text("name"), text("description"))));

    /** Demo defaults; a mapping edited later is kept because rows are only ever added. */
    private static final String REGION_DOMAINS = "region_s3_domains.csv";

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "reference data";
    }

    @Override
    public Integer getChecksum() {
        var crc = new CRC32();
        TABLES.forEach(table -> crc.update(bytesOf(table.file())));
        crc.update(bytesOf(REGION_DOMAINS));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (ReferenceTable table : TABLES) {
            table.upsert(connection, read(table.file()));
        }
        addMissingRegionDomains(connection);
    }

    private void addMissingRegionDomains(Connection connection) throws SQLException {
        try (var insert = connection.prepareStatement("""
                insert into region_s3_domain (region_code, domain_code)
                select ?, ? from region where code = ? and not exists
                  (select 1 from region_s3_domain where region_code = ? and domain_code = ?)""")) {
            for (CSVRecord row : read(REGION_DOMAINS)) {
                String region = row.get("region_code"), domain = row.get("domain_code");
                insert.setString(1, region);
                insert.setString(2, domain);
                insert.setString(3, region);
                insert.setString(4, region);
                insert.setString(5, domain);
                insert.executeUpdate();
            }
        }
    }

    private static List<CSVRecord> read(String file) {
        try (Reader reader = new InputStreamReader(new ClassPathResource("reference/" + file).getInputStream(),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + file, e);
        }
    }

    private static byte[] bytesOf(String file) {
        try (var in = new ClassPathResource("reference/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + file, e);
        }
    }
}
