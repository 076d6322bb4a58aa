package org.guanai.registry.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.Deserializer;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A session attribute this version cannot read reads as absent. Sessions outlive a deploy in PostgreSQL, and an
 * upgrade of Spring Security changes the serialized form of its security context (its serialVersionUID follows
 * the library's version). Without this, every page of such a session failed, and the session never expired
 * while its user kept retrying; with it, the user logs in again and the new context replaces the old
 * (decision 017). The store's one conversion of attributes read also turns the account's state read with the session
 * into its value ({@link SessionAccountState}) and keeps stored security contexts' authentications
 * ({@link AuthenticationsKept}).
 */
@Configuration(proxyBeanMethods = false)
class UnreadableSessionAttributes {

    private static final Logger log = LoggerFactory.getLogger(UnreadableSessionAttributes.class);

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> unreadableAttributesReadAsAbsent() {
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
        DeserializingConverter deserializer = new DeserializingConverter(
                new ClassesKept(getClass().getClassLoader()));
        AuthenticationsKept authentications = new AuthenticationsKept(AuthenticationsKept.MAX_KEPT);
        conversion.addConverter(byte[].class, Object.class, bytes -> {
            if (SessionAccountState.marks(bytes)) {
                return SessionAccountState.parse(bytes); // not a stored attribute: the account, read with the session
            }
            try {
                return authentications.read(bytes, deserializer::convert);
            } catch (SerializationFailedException e) {
                log.warn("A session attribute written by another version could not be read; it is dropped: {}",
                        e.getMostSpecificCause().toString());
                return null;
            }
        });
        return repository -> repository.setConversionService(conversion);
    }

    /**
     * A session's stored security context, deserialized once per node and stored form: every request of a logged-in
     * session reads it, and deserializing it anew was about a tenth of a trivial request's request thread (decision
     * 044). What is kept is the context's authentication (the token and its {@code AccountPrincipal}, which nothing
     * changes once logged in); each read gets a context of its own around it, as a logout clears the context it holds
     * ({@code context.setAuthentication(null)}). The bytes are the key, so a context stored anew (a new session epoch,
     * a second factor passed) is deserialized anew; and a session's stored context is read only while its session
     * exists, so nothing kept outlives it in effect. At most {@code max} are kept; past that all are dropped.
     */
    static final class AuthenticationsKept {

        static final int MAX_KEPT = 2_000;

        private final int max;
        private final Map<StoredBytes, Authentication> kept = new ConcurrentHashMap<>();

        AuthenticationsKept(int max) {
            this.max = max;
        }

        Object read(byte[] bytes, Function<byte[], Object> deserialize) {
            StoredBytes key = new StoredBytes(bytes);
            Authentication known = kept.get(key);
            if (known != null) {
                return new SecurityContextImpl(known);
            }
            Object read = deserialize.apply(bytes);
            if (read instanceof SecurityContextImpl context && context.getClass() == SecurityContextImpl.class
                    && context.getAuthentication() != null) {
                if (kept.size() >= max) {
                    kept.clear();
                }
                kept.put(key, context.getAuthentication());
            }
            return read;
        }

        int size() {
            return kept.size();
        }

        /** Bytes compared and hashed by their content. */
        private record StoredBytes(byte[] value) {
            @Override
            public boolean equals(Object o) {
                return o instanceof StoredBytes other && Arrays.equals(value, other.value);
            }

            @Override
            public int hashCode() {
                return Arrays.hashCode(value);
            }
        }
    }

    /**
     * Java deserialization that looks each class name up in the class loader once per node. Every request reads
     * its session's attributes from the database, and looking up the dozen classes of a security context again
     * each time was about 2 % of a small page's request thread (decision 017).
     */
    static final class ClassesKept implements Deserializer<Object> {

        private final ClassLoader classLoader;
        private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();

        ClassesKept(ClassLoader classLoader) {
            this.classLoader = classLoader;
        }

        @Override
        public Object deserialize(InputStream inputStream) throws IOException {
            try (ObjectInputStream in = new ConfigurableObjectInputStream(inputStream, classLoader) {
                @Override
                protected Class<?> resolveClass(ObjectStreamClass descriptor)
                        throws IOException, ClassNotFoundException {
                    Class<?> known = classes.get(descriptor.getName());
                    if (known == null) {
                        known = super.resolveClass(descriptor);
                        classes.put(descriptor.getName(), known);
                    }
                    return known;
                }
            }) {
                return in.readObject();
            } catch (ClassNotFoundException e) {
                throw new IOException("Failed to deserialize object type", e);
            }
        }
    }
}
