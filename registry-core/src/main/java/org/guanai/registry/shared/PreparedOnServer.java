package org.guanai.registry.shared;

import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Statements prepared on the server from their first use on a connection, so PostgreSQL neither parses nor plans them
 * again: those every request of a session runs (its session's read, the account's check) and the session store's others
 * (decision 037), the reads of a person's pages, an export's reads of its people and an import's writes of the people
 * it changes (decision 039; its new people go by COPY, decision 041). Every other statement is planned with its values
 * (decision 007): these read and write by a key (the clean-up of expired sessions by their expiry's index, a person's
 * rows by the person's, an export's people by theirs) or insert, for which the generic plan is the custom one.
 */
public final class PreparedOnServer {

    private PreparedOnServer() {
    }

    /** The statement of {@code sql} on {@code connection}, prepared on the server from its first execution. */
    public static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        return onServer(connection.prepareStatement(sql));
    }

    /**
     * {@code dataSource} for a store of its own (Spring Session's): its statements prepared on the server, and its
     * connections those of the transaction in progress, as {@link TransactionAwareDataSourceProxy} gives them.
     */
    public static DataSource dataSource(DataSource dataSource) {
        return new TransactionAwareDataSourceProxy(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(PreparedOnServer.class.getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            try {
                                Object result = method.invoke(connection, args);
                                return "prepareStatement".equals(method.getName())
                                        ? onServer((PreparedStatement) result) : result;
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    /**
     * What {@code work} returns, every statement it prepares meanwhile on the connection of the transaction
     * {@code entityManager} takes part in (where JPA's and JDBC's statements alike run) prepared on the server; the
     * connection's own threshold is restored after.
     */
    public static <T> T during(EntityManager entityManager, Supplier<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> during(connection, work));
    }

    private static <T> T during(Connection connection, Supplier<T> work) {
        PGConnection postgres;
        try {
            postgres = connection.unwrap(PGConnection.class);
        } catch (SQLException e) {
            throw new IllegalStateException("The registry runs on PostgreSQL", e);
        }
        int threshold = postgres.getPrepareThreshold();
        postgres.setPrepareThreshold(1);
        try {
            return work.get();
        } finally {
            postgres.setPrepareThreshold(threshold);
        }
    }

    private static PreparedStatement onServer(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(1);
        }
        return statement;
    }
}
