package eu.tibs.privacy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

/**
 * Reads every table the connection can see, in every schema, and tells which columns hold a text: character and
 * large-object columns as text, binary columns (such as Camunda's ACT_GE_BYTEARRAY.BYTES_) decoded as UTF-8.
 */
final class DatabaseScan {
    private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE");
    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);
    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB, Types.SQLXML, Types.OTHER);

    private final DataSource dataSource;

    DatabaseScan(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The columns, as TABLE.COLUMN in upper case, of which some value contains the text, ignoring case. */
    Set<String> columnsHolding(String text) throws SQLException {
        String needle = text.toLowerCase(Locale.ROOT);
        var hits = new TreeSet<String>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String quote = meta.getIdentifierQuoteString();
            for (Table table : tables(meta)) {
                List<Column> columns = columns(meta, table);
                if (columns.isEmpty()) {
                    continue;
                }
                String select = "select " + String.join(", ", columns.stream()
                        .map(c -> quote + c.name() + quote).toList())
                        + " from " + quote + table.schema() + quote + "." + quote + table.name() + quote;
                try (var statement = connection.createStatement(); var rows = statement.executeQuery(select)) {
                    while (rows.next()) {
                        for (int i = 0; i < columns.size(); i++) {
                            String value = columns.get(i).binary() ? utf8(rows.getBytes(i + 1)) : rows.getString(i + 1);
                            if (value != null && value.toLowerCase(Locale.ROOT).contains(needle)) {
                                hits.add((table.name() + "." + columns.get(i).name()).toUpperCase(Locale.ROOT));
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    private static List<Table> tables(DatabaseMetaData meta) throws SQLException {
        var tables = new ArrayList<Table>();
        try (ResultSet rows = meta.getTables(null, null, "%", null)) {
            while (rows.next()) {
                if (TABLE_TYPES.contains(String.valueOf(rows.getString("TABLE_TYPE")))) {
                    tables.add(new Table(rows.getString("TABLE_CAT"), rows.getString("TABLE_SCHEM"),
                            rows.getString("TABLE_NAME")));
                }
            }
        }
        return tables;
    }

    private static List<Column> columns(DatabaseMetaData meta, Table table) throws SQLException {
        var columns = new ArrayList<Column>();
        // Names are patterns here, and the _ in ACT_HI_OP_LOG matches any character.
        String escape = meta.getSearchStringEscape();
        String exactName = table.name().replace("_", escape + "_").replace("%", escape + "%");
        try (ResultSet rows = meta.getColumns(table.catalog(), table.schema(), exactName, "%")) {
            while (rows.next()) {
                int type = rows.getInt("DATA_TYPE");
                if (BINARY.contains(type) || TEXT.contains(type)) {
                    columns.add(new Column(rows.getString("COLUMN_NAME"), BINARY.contains(type)));
                }
            }
        }
        return columns;
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private record Table(String catalog, String schema, String name) {
    }

    private record Column(String name, boolean binary) {
    }
}
