package org.guanai.registry.shared;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.id.enhanced.PooledOptimizer;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.SqlTypes;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * New entities of one class written by PostgreSQL's COPY instead of one insert each (decision 041): a roster import's
 * thousands of people and their history. The tables, columns and values are Hibernate's own, read from its mapping —
 * identifier from the entity's generator, attributes, embedded parts, converters, enums by name, and an ordered
 * collection of embeddables in its own table — so the mapping stays the one description of a row. A column whose type
 * this class does not write as text is refused before any row is written, never guessed at.
 *
 * <p>Runs on the connection of the transaction {@code entityManager} takes part in, so the rows commit or roll back
 * with everything else. The entities are not managed afterwards: nothing of Hibernate's (listeners, Spring Data's
 * domain events) sees them, which is the caller's to make up for.
 */
public final class InsertByCopy {

    /** The character types: an enum is written by its name into one of these only. */
    private static final Set<Integer> TEXT_COLUMNS = Set.of(Types.VARCHAR, Types.CHAR, Types.NVARCHAR,
            Types.LONGVARCHAR);
    /**
     * The JDBC types written as PostgreSQL's text input of the values Hibernate binds. Not a timestamp without its zone:
     * Hibernate writes it in the JVM's zone, where an instant's text would put UTC.
     */
    private static final Set<Integer> TEXT_TYPES = Set.of(Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.LONGVARCHAR,
            Types.BOOLEAN, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE,
            SqlTypes.TIMESTAMP_UTC);

    private InsertByCopy() {
    }

    /**
     * Inserts {@code entities}, new ones of one class, assigning their identifiers as Hibernate would. Whatever
     * Hibernate holds unwritten is flushed first, so a copied row may refer to it.
     */
    public static void insert(EntityManager entityManager, List<?> entities) {
        if (entities.isEmpty()) {
            return;
        }
        Class<?> type = entities.get(0).getClass();
        if (entities.stream().anyMatch(e -> e.getClass() != type)) {
            throw new IllegalArgumentException("entities of one class at a time");
        }
        entityManager.flush();
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
        if (!(persister.getGenerator() instanceof BeforeExecutionGenerator generator)) {
            throw new IllegalArgumentException(type.getSimpleName() + "'s identifiers are not generated before insert");
        }
        Table root = new Table();
        root.add(persister.getIdentifierMapping());
        List<AttributeMapping> attributes = new ArrayList<>();
        persister.forEachAttributeMapping(attribute -> {
            if (!attribute.isPluralAttributeMapping()) {
                attributes.add(attribute);
                root.add(attribute);
            }
        });
        List<ElementList> collections = new ArrayList<>();
        persister.forEachAttributeMapping(attribute -> collect(List.of(), attribute, collections, type));

        long[] ids = identifiersFromSequence(session, generator, entities.size());
        for (int i = 0; i < entities.size(); i++) {
            Object entity = entities.get(i);
            Object id = ids != null ? Long.valueOf(ids[i]) : generator.generate(session, entity, null, EventType.INSERT);
            persister.setIdentifier(entity, id, session);
            if (persister.getVersionMapping() != null
                    && persister.getVersionMapping().getVersionAttribute().getValue(entity) == null) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no version to start from");
            }
            root.startRow();
            root.append(persister.getIdentifierMapping(), id, session);
            for (AttributeMapping attribute : attributes) {
                root.append(attribute, attribute.getValue(entity), session);
            }
            root.endRow();
            for (ElementList collection : collections) {
                List<?> elements = collection.elements(entity);
                for (int position = 0; elements != null && position < elements.size(); position++) {
                    collection.table.startRow();
                    collection.table.append(collection.mapping.getKeyDescriptor().getKeyPart(), id, session);
                    collection.table.append(collection.mapping.getIndexDescriptor(), position, session);
                    collection.table.append(collection.mapping.getElementDescriptor(), elements.get(position), session);
                    collection.table.endRow();
                }
            }
        }
        session.doWork(connection -> {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            root.copy(postgres); // first: a collection's rows refer to their owner's
            for (ElementList collection : collections) {
                collection.table.copy(postgres);
            }
        });
    }

    /**
     * {@code count} identifiers of a sequence Hibernate reads in blocks ("pooled": each value of the sequence is the
     * last of a block of its increment), the blocks taken by one statement where Hibernate's generator takes one at a
     * time (a round trip per 50 people). The blocks are the sequence's, as the generator's are, so they never meet
     * those of any generator on any node. Null for any other generator, which is then asked entity by entity.
     */
    private static long[] identifiersFromSequence(SessionImplementor session, BeforeExecutionGenerator generator,
            int count) {
        if (!(generator instanceof SequenceStyleGenerator sequence)
                || !(sequence.getOptimizer() instanceof PooledOptimizer pooled)
                || pooled.getClass() != PooledOptimizer.class || pooled.getReturnClass() != Long.class
                || !sequence.getDatabaseStructure().isPhysicalSequence()) {
            return null;
        }
        int increment = pooled.getIncrementSize();
        String name = sequence.getDatabaseStructure().getPhysicalName().render();
        List<Long> lastOfBlocks = new ArrayList<>();
        return session.doReturningWork(connection -> {
            long[] ids;
            while ((ids = identifiers(lastOfBlocks, increment, count)) == null) {
                try (PreparedStatement next = connection.prepareStatement(
                        "select nextval(cast(? as regclass)) from generate_series(1, ?)")) {
                    next.setString(1, name);
                    next.setInt(2, Math.max(1, (count - increment * lastOfBlocks.size() + increment - 1) / increment));
                    try (ResultSet values = next.executeQuery()) {
                        while (values.next()) {
                            lastOfBlocks.add(values.getLong(1));
                        }
                    }
                }
            }
            return ids;
        });
    }

    /**
     * {@code count} identifiers from the blocks ending at these values of a sequence, or null when they are too few. A
     * value below the increment is the sequence's start, which Hibernate takes as the first of a block: skipped.
     */
    static long[] identifiers(List<Long> lastOfBlocks, int increment, int count) {
        long[] ids = new long[count];
        int taken = 0;
        for (long last : lastOfBlocks) {
            for (long id = last - increment + 1; last >= increment && id <= last && taken < count; id++) {
                ids[taken++] = id;
            }
        }
        return taken == count ? ids : null;
    }

    /**
     * The entity's collections, its own or inside its embedded parts (an elder's children away are part of its facts).
     * Only ordered lists in a table of their own: a bag or a set would need another row key than a position.
     */
    private static void collect(List<AttributeMapping> path, AttributeMapping attribute, List<ElementList> found,
            Class<?> type) {
        List<AttributeMapping> to = new ArrayList<>(path);
        to.add(attribute);
        if (attribute instanceof PluralAttributeMapping collection) {
            if (collection.getSeparateCollectionTable() == null || collection.getIndexDescriptor() == null) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + collection.getAttributeName()
                        + " is not an ordered list in a table of its own");
            }
            Table table = new Table();
            table.add(collection.getKeyDescriptor().getKeyPart());
            table.add(collection.getIndexDescriptor());
            table.add(collection.getElementDescriptor());
            found.add(new ElementList(List.copyOf(to), collection, table));
        } else if (attribute instanceof EmbeddableValuedModelPart embedded) {
            embedded.getEmbeddableTypeDescriptor().forEachAttributeMapping(
                    (AttributeMapping inner) -> collect(to, inner, found, type));
        }
    }

    /** A list of an entity's, the attributes leading to it from the entity, and the COPY of its table. */
    private record ElementList(List<AttributeMapping> path, PluralAttributeMapping mapping, Table table) {

        List<?> elements(Object entity) {
            Object value = entity;
            for (AttributeMapping step : path) {
                if (value == null) {
                    return null;
                }
                value = step.getValue(value);
            }
            return (List<?>) value;
        }
    }

    /** One table's columns, in the order Hibernate decomposes values, and the COPY text of its rows. */
    private static final class Table {

        private String name;
        private final StringJoiner columns = new StringJoiner(", ", "(", ")");
        private final StringBuilder rows = new StringBuilder();
        private boolean firstInRow;

        void add(ModelPart part) {
            part.forEachSelectable((index, selectable) -> {
                if (!written(selectable)) {
                    return;
                }
                if (!TEXT_TYPES.contains(typeCode(selectable))) {
                    throw new IllegalArgumentException("column " + selectable.getContainingTableExpression() + "."
                            + selectable.getSelectionExpression() + " has a type COPY's text is not written for");
                }
                if (name == null) {
                    name = selectable.getContainingTableExpression();
                } else if (!name.equals(selectable.getContainingTableExpression())) {
                    throw new IllegalArgumentException("columns in " + name + " and "
                            + selectable.getContainingTableExpression() + ": one table at a time");
                }
                columns.add(selectable.getSelectionExpression());
            });
        }

        void startRow() {
            firstInRow = true;
        }

        void append(ModelPart part, Object value, SessionImplementor session) {
            part.decompose(value, (index, jdbcValue, selectable) -> {
                if (written(selectable)) {
                    if (!firstInRow) {
                        rows.append('\t');
                    }
                    firstInRow = false;
                    if (jdbcValue instanceof Enum<?> && !TEXT_COLUMNS.contains(typeCode(selectable))) {
                        throw new IllegalArgumentException(selectable.getSelectionExpression() + ": an enum by number");
                    }
                    appendValue(jdbcValue);
                }
            }, session);
        }

        void endRow() {
            rows.append('\n');
        }

        void copy(PGConnection connection) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            String sql = "copy " + name + " " + columns + " from stdin";
            try {
                connection.getCopyAPI().copyIn(sql,
                        new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (SQLException e) {
                // as Spring reports a failed insert: a unique key taken meanwhile is a DataIntegrityViolationException
                DataAccessException translated = new SQLStateSQLExceptionTranslator().translate("copy", sql, e);
                throw translated != null ? translated : new UncategorizedSQLException("copy", sql, e);
            } catch (IOException e) {
                throw new IllegalStateException("COPY's rows are in memory", e);
            }
        }

        private static int typeCode(SelectableMapping selectable) {
            return selectable.getJdbcMapping().getJdbcType().getDefaultSqlTypeCode();
        }

        private static boolean written(SelectableMapping selectable) {
            return selectable.isInsertable() && !selectable.isFormula();
        }

        /** PostgreSQL's text format: \N for null; backslash, tab, newline and return escaped. */
        private void appendValue(Object value) {
            String text;
            if (value == null) {
                text = null;
            } else if (value instanceof String s) {
                text = s;
            } else if (value instanceof Boolean b) {
                text = b ? "t" : "f";
            } else if (value instanceof Enum<?> e) {
                text = e.name();
            } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                    || value instanceof LocalDate || value instanceof Instant) {
                text = value.toString(); // ISO dates and instants, as PostgreSQL reads them
            } else {
                throw new IllegalArgumentException("a value of " + value.getClass().getSimpleName() + " in " + name
                        + ": COPY's text is not written for it");
            }
            if (text == null) {
                rows.append("\\N");
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> rows.append("\\\\");
                    case '\t' -> rows.append("\\t");
                    case '\n' -> rows.append("\\n");
                    case '\r' -> rows.append("\\r");
                    default -> rows.append(c);
                }
            }
        }
    }
}
