package org.guanai.registry.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.elder.ChildAway;
import org.guanai.registry.elder.Elder;
import org.guanai.registry.elder.ElderDetails;
import org.guanai.registry.person.ChangeAction;
import org.guanai.registry.person.FieldChange;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.RecordChange;
import org.guanai.registry.person.Sex;
import org.guanai.registry.testsupport.ChildFixtures;
import org.guanai.registry.testsupport.ElderFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A row written by COPY is the row JPA writes for the same entity, column for column — every column of the child's
 * table filled (text with the characters COPY escapes, every enum, date, flag and set), the same child with most of
 * its parts empty, an elder's children away and a history entry's fields in their own tables — so the mapping stays
 * the one description of a row.
 */
@SpringBootTest
class InsertByCopyTest {

    private static final String VILLAGE = "522730100201";
    /** Nanoseconds, which both ways must round to PostgreSQL's microseconds alike. */
    private static final Instant NOW = Instant.parse("2026-12-03T10:15:30.123456789Z");
    /** Every character COPY's text format escapes, among others. */
    private static final String AWKWARD = "甲\t乙\\丙\n丁\r";

    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aChildWithEveryColumnFilledAndOneMostlyEmptyAreWrittenAsJpaWritesThem() {
        inRolledBackTransaction(() -> {
            for (boolean full : new boolean[] {true, false}) {
                Child byJpa = child(full);
                Child byCopy = child(full);
                entityManager.persist(byJpa);
                InsertByCopy.insert(entityManager, List.of(byCopy));
                entityManager.flush();

                Map<String, Object> jpaRow = row("child", byJpa.getId());
                Map<String, Object> copyRow = row("child", byCopy.getId());
                assertThat(copyRow.get("id_number")).isEqualTo(byCopy.getDetails().getIdNumber());
                jpaRow.keySet().removeAll(Set.of("id", "id_number"));
                copyRow.keySet().removeAll(Set.of("id", "id_number"));
                assertThat(copyRow).isEqualTo(jpaRow);
                if (full) {
                    assertThat(copyRow.get("notes")).isEqualTo(AWKWARD);
                    // every column of the facts was written; what is empty is the lifecycle's and the delegate's elder
                    assertThat(copyRow.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey))
                            .containsExactlyInAnyOrder("exit_reason", "exit_date", "exit_note", "last_visit_date",
                                    "delegate_elder_id");
                }
            }
        });
    }

    @Test
    void anEldersChildrenAwayGoInTheirOwnTableInTheirOrder() {
        inRolledBackTransaction(() -> {
            Elder byJpa = elder();
            Elder byCopy = elder();
            entityManager.persist(byJpa);
            InsertByCopy.insert(entityManager, List.of(byCopy, elder()));
            entityManager.flush();

            Map<String, Object> jpaRow = row("elder", byJpa.getId());
            Map<String, Object> copyRow = row("elder", byCopy.getId());
            jpaRow.keySet().removeAll(Set.of("id", "id_number"));
            copyRow.keySet().removeAll(Set.of("id", "id_number"));
            assertThat(copyRow).isEqualTo(jpaRow);
            assertThat(childrenAway(byCopy.getId())).hasSize(2).isEqualTo(childrenAway(byJpa.getId()));
        });
    }

    @Test
    void aHistoryEntryAndItsFieldsAreWrittenAsJpaWritesThem() {
        inRolledBackTransaction(() -> {
            List<FieldChange> fields = List.of(new FieldChange("name", "甲", AWKWARD), new FieldChange("notes", null, "x"));
            RecordChange byJpa = change(fields);
            RecordChange byCopy = change(fields);
            entityManager.persist(byJpa);
            InsertByCopy.insert(entityManager, List.of(byCopy, change(List.of())));
            entityManager.flush();

            Map<String, Object> jpaRow = row("record_change", byJpa.getId());
            Map<String, Object> copyRow = row("record_change", byCopy.getId());
            jpaRow.remove("id");
            copyRow.remove("id");
            assertThat(copyRow).isEqualTo(jpaRow);
            String fieldsOf = "select position, field, before, after from record_change_field where change_id = ? "
                    + "order by position";
            assertThat(jdbc.queryForList(fieldsOf, byCopy.getId())).hasSize(2)
                    .isEqualTo(jdbc.queryForList(fieldsOf, byJpa.getId()));
        });
    }

    /** A number registered meanwhile fails the COPY as it fails an insert, so an import reports a concurrent change. */
    @Test
    void aUniqueNumberTakenMeanwhileIsADataIntegrityViolation() {
        inRolledBackTransaction(() -> {
            Child registered = child(false);
            entityManager.persist(registered);
            entityManager.flush();
            ChildDetails same = ChildFixtures.child("复制", VILLAGE);
            same.setIdNumber(registered.getDetails().getIdNumber());
            Child again = construct(Child.class, new Class<?>[] {ChildDetails.class, Instant.class}, same, NOW);
            assertThatThrownBy(() -> InsertByCopy.insert(entityManager, List.of(again)))
                    .isInstanceOf(DataIntegrityViolationException.class);
        });
    }

    /**
     * Hundreds of rows in one COPY arrive whole, in their order, and a number taken among them fails them all, the
     * connection left fit for the next transaction.
     */
    @Test
    void hundredsOfRowsArriveWholeAndATakenNumberAmongThemFailsThemAll() {
        inRolledBackTransaction(() -> {
            List<Child> many = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                many.add(child(true));
            }
            InsertByCopy.insert(entityManager, many);
            Long[] ids = many.stream().map(Child::getId).toArray(Long[]::new);
            assertThat(jdbc.queryForList("select id_number from child where id = any(?) order by id", String.class,
                    (Object) ids)).isEqualTo(many.stream().map(c -> c.getDetails().getIdNumber()).toList());
        });
        inRolledBackTransaction(() -> {
            Child registered = child(false);
            entityManager.persist(registered);
            entityManager.flush();
            List<Child> many = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                many.add(child(true));
            }
            ChildDetails same = ChildFixtures.child("复制", VILLAGE);
            same.setIdNumber(registered.getDetails().getIdNumber());
            many.set(250, construct(Child.class, new Class<?>[] {ChildDetails.class, Instant.class}, same, NOW));
            assertThatThrownBy(() -> InsertByCopy.insert(entityManager, many))
                    .isInstanceOf(DataIntegrityViolationException.class);
        });
        Integer answer = new TransactionTemplate(transactions).execute(status -> jdbc.queryForObject("select 1",
                Integer.class));
        assertThat(answer).isEqualTo(1);
    }

    /**
     * New people's identifiers come from their sequence in blocks of its increment, all of them by one statement, and
     * never meet those Hibernate's generator hands out before or after in the same session.
     */
    @Test
    void identifiersAreTheSequencesBlocksTakenAtOnceAndNeverMeetTheGeneratorsOwn() {
        inRolledBackTransaction(() -> {
            Child before = child(false);
            entityManager.persist(before);
            entityManager.flush();
            long sequenceBefore = jdbc.queryForObject("select last_value from child_seq", Long.class);
            List<Child> many = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                many.add(child(true));
            }
            InsertByCopy.insert(entityManager, many);
            assertThat(jdbc.queryForObject("select last_value from child_seq", Long.class))
                    .isEqualTo(sequenceBefore + 3 * 50); // three blocks of 50, one statement
            Child after = child(false);
            entityManager.persist(after);
            entityManager.flush();
            List<Long> ids = new ArrayList<>(many.stream().map(Child::getId).toList());
            ids.add(before.getId());
            ids.add(after.getId());
            assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id > 0);
            assertThat(jdbc.queryForObject("select count(*) from child where id = any(?)", Integer.class,
                    (Object) ids.toArray(Long[]::new))).isEqualTo(122);
        });
    }

    @Test
    void aBlockEndsAtTheSequencesValueAndTheSequencesStartIsSkipped() {
        assertThat(InsertByCopy.identifiers(List.of(101L, 151L), 50, 60)).startsWith(52, 53).endsWith(110, 111)
                .hasSize(60);
        assertThat(InsertByCopy.identifiers(List.of(1L, 51L), 50, 50)).containsExactly(
                java.util.stream.LongStream.rangeClosed(2, 51).toArray());
        assertThat(InsertByCopy.identifiers(List.of(1L, 51L), 50, 51)).isNull(); // too few: more are taken
        assertThat(InsertByCopy.identifiers(List.of(), 50, 0)).isEmpty();
    }

    /**
     * A failure in Java while the rows are being written stores none of them, and the connection serves the next
     * transaction (a COPY left open would hang the rollback: rows sent while the next were written were tried, round
     * 2, 6/6, tenth session, and not kept).
     */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFailureWhileTheRowsAreWrittenStoresNoneOfThem() {
        List<Child> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(child(true));
        }
        Map<Integer, Integer> reads = new HashMap<>();
        List<Child> failingOnItsSecondReadOfRow250 = new java.util.AbstractList<>() {
            @Override
            public Child get(int index) {
                if (reads.merge(index, 1, Integer::sum) > 1 && index == 250) {
                    throw new IllegalStateException("row 250 cannot be read");
                }
                return many.get(index);
            }

            @Override
            public int size() {
                return many.size();
            }
        };
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> InsertByCopy.insert(entityManager, failingOnItsSecondReadOfRow250)))
                .hasMessage("row 250 cannot be read");
        assertThat(many.get(0).getId()).isNotNull(); // the first rows had been written
        assertThat(jdbc.queryForObject("select count(*) from child where id = any(?)", Integer.class,
                (Object) many.stream().map(Child::getId).filter(java.util.Objects::nonNull).toArray(Long[]::new)))
                .isZero();
        Integer answer = new TransactionTemplate(transactions).execute(status -> jdbc.queryForObject("select 1",
                Integer.class));
        assertThat(answer).isEqualTo(1);
    }

    private void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }

    /** The row's values as PostgreSQL prints them (an array is not equal to another by Java's equals). */
    private Map<String, Object> row(String table, long id) {
        Map<String, Object> row = new HashMap<>();
        jdbc.query("select * from " + table + " where id = ?", rs -> {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnName(i), rs.getString(i));
            }
        }, id);
        return row;
    }

    private List<Map<String, Object>> childrenAway(long elderId) {
        return jdbc.queryForList("select position, name, work_place, phone from elder_child_away where elder_id = ? "
                + "order by position", elderId);
    }

    private static Child child(boolean full) {
        ChildDetails d = ChildFixtures.child("复制", VILLAGE);
        if (full) {
            fill(d);
            d.setName("复制" + AWKWARD.substring(0, 2));
            d.setVillageCode(VILLAGE);
            d.getDelegate().setElderId(null); // a reference to an elder that exists, or none
        }
        d.setIdNumber(ChildFixtures.idNumber(d.getBirthDate(), d.getSex()));
        return construct(Child.class, new Class<?>[] {ChildDetails.class, Instant.class}, d, NOW);
    }

    private static Elder elder() {
        ElderDetails d = ElderFixtures.elder("复制", VILLAGE);
        d.setIdNumber(ChildFixtures.idNumber(d.getBirthDate(), Sex.MALE));
        d.setChildrenAway(List.of(new ChildAway("子" + AWKWARD, "浙江省宁波市", "13800001111"),
                new ChildAway("女", null, null)));
        return construct(Elder.class, new Class<?>[] {ElderDetails.class, Instant.class}, d, NOW);
    }

    private static RecordChange change(List<FieldChange> fields) {
        return construct(RecordChange.class, new Class<?>[] {PersonType.class, long.class, Instant.class, String.class,
                ChangeAction.class, String.class, List.class, Long.class}, PersonType.CHILD, 42L, NOW, "复制",
                ChangeAction.UPDATED, AWKWARD, fields, null);
    }

    /** The records' constructors are their packages' own (a service makes them); the test makes them the same way. */
    private static <T> T construct(Class<T> type, Class<?>[] parameters, Object... arguments) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(parameters);
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every field a value: text with the escaped characters, the last of each enum, true, a date, every set member. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fill(Object target) {
        for (Class<?> c = target.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                try {
                    Class<?> t = field.getType();
                    if (t == String.class) {
                        field.set(target, AWKWARD);
                    } else if (t == boolean.class || t == Boolean.class) {
                        field.set(target, true);
                    } else if (t == LocalDate.class) {
                        field.set(target, LocalDate.of(2015, 6, 1));
                    } else if (t.isEnum()) {
                        Object[] constants = t.getEnumConstants();
                        field.set(target, constants[constants.length - 1]);
                    } else if (t == Set.class) {
                        Class element = (Class<?>) ((ParameterizedType) field.getGenericType())
                                .getActualTypeArguments()[0];
                        field.set(target, EnumSet.allOf(element));
                    } else if (t == List.class || t == Long.class) {
                        continue;
                    } else if (!t.isPrimitive() && field.get(target) != null) {
                        fill(field.get(target)); // an embedded part: its own fields
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
