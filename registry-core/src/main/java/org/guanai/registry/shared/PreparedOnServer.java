package org.guanai.registry.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The statements every request of a session runs (its session's read, the account's check), and the session store's
 * others, prepared on the server from their first use on a connection, so PostgreSQL neither parses nor plans them
 * again. Every other statement is planned with its values (decision 007): these read and write by a key (the clean-up
 * of expired sessions by their expiry's index), for which the generic plan is the custom one (decision 037).
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

    private static PreparedStatement onServer(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(1);
        }
        return statement;
    }
}
