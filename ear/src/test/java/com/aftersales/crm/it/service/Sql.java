package com.aftersales.crm.it.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Looks at the database directly, beside the services, to check what they wrote. */
@ApplicationScoped
public class Sql {

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    public List<Object[]> rows(String query, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    public Object value(String query, Object... parameters) {
        List<Object[]> rows = rows(query, parameters);
        return rows.isEmpty() ? null : rows.get(0)[0];
    }

    public long count(String query, Object... parameters) {
        return ((Number) value(query, parameters)).longValue();
    }

    /** Puts the data in a state the test needs (a deadline in the past…); returns the rows changed. */
    public int update(String statementText, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(statementText)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statementText, e);
        }
    }
}
