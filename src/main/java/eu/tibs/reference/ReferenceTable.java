package eu.tibs.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;

/** One code-list table filled from one CSV file, keyed by its code. Blank cells are stored as null. */
record ReferenceTable(String file, String table, List<Column> columns) {

    static final String KEY = "code";

    /** A table column and the CSV header it is read from. */
    record Column(String name, String header, boolean numeric) {
        static Column text(String name) {
            return new Column(name, name, false);
        }

        static Column text(String name, String header) {
            return new Column(name, header, false);
        }

        static Column number(String name) {
            return new Column(name, name, true);
        }
    }

    void upsert(Connection connection, List<CSVRecord> rows) throws SQLException {
        List<String> names = columns.stream().map(Column::name).toList();
        String assignments = names.stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
        try (PreparedStatement update = connection.prepareStatement(
                     "update " + table + " set " + assignments + " where " + KEY + " = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "insert into " + table + " (" + String.join(", ", names) + ", " + KEY + ") values (?"
                             + ", ?".repeat(columns.size()) + ")")) {
            for (CSVRecord row : rows) {
                bind(update, row);
                if (update.executeUpdate() == 0) {
                    bind(insert, row);
                    insert.executeUpdate();
                }
            }
        }
    }

    private void bind(PreparedStatement statement, CSVRecord row) throws SQLException {
        int index = 1;
        for (Column column : columns) {
            String value = row.get(column.header());
            if (value == null || value.isBlank()) {
                statement.setNull(index++, column.numeric() ? Types.INTEGER : Types.VARCHAR);
            } else if (column.numeric()) {
                statement.setInt(index++, Integer.parseInt(value.strip()));
            } else {
                statement.setString(index++, value.strip());
            }
        }
        statement.setString(index, row.get(KEY));
    }
}
