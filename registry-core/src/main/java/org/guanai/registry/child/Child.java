package org.guanai.registry.child;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.guanai.registry.person.PersonRecord;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/** A child of the registry (一人一档). Never deleted: exits with a reason and can be restored. */
@Entity
@Table(name = "child")
public class Child extends PersonRecord<ChildDetails> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_seq")
    @SequenceGenerator(name = "child_seq", sequenceName = "child_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Embedded
    private ChildDetails details = new ChildDetails();

    @Embedded
    private KeyTargets keyTargets = new KeyTargets();

    @Column(name = "key_target", nullable = false)
    private boolean keyTarget;

    /** Flags gained since the last save, published once by the repository's save (see {@link KeyTargetsGained}). */
    @Transient
    private final Set<KeyTargets.Flag> gainedFlags = EnumSet.noneOf(KeyTargets.Flag.class);

    protected Child() {
    }

    Child(ChildDetails details, Instant now) {
        super(now);
        replaceDetails(details, now);
    }

    /** Derived flags and search keys follow the facts in the same step. */
    @Override
    protected void replaceDetails(ChildDetails newDetails, Instant now) {
        this.details = newDetails.copy();
        this.details.setLeftBehind(LeftBehindRule.qualifies(this.details)); // derived here too, whatever the caller did
        List<KeyTargets.Flag> before = keyTargets.flags();
        this.keyTargets = KeyTargets.of(this.details);
        List<KeyTargets.Flag> gained = new ArrayList<>(keyTargets.flags());
        gained.removeAll(before);
        if (!gained.isEmpty()) {
            gainedFlags.addAll(gained);
        }
        this.keyTarget = keyTargets.any();
        factsChanged(details.getName(), !ChildValidator.gaps(details).isEmpty(), now);
    }

    @DomainEvents
    Collection<KeyTargetsGained> keyTargetsGained() {
        return gainedFlags.isEmpty() ? List.of()
                : List.of(new KeyTargetsGained(id, details.getName(), details.getVillageCode(), List.copyOf(gainedFlags)));
    }

    @AfterDomainEventPublication
    void keyTargetsPublished() {
        gainedFlags.clear();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Override
    protected ChildDetails facts() {
        return details;
    }

    public KeyTargets getKeyTargets() {
        return keyTargets;
    }

    public boolean isKeyTarget() {
        return keyTarget;
    }
}
