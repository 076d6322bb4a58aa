package org.guanai.registry.elder;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.guanai.registry.person.PersonRecord;

/** A left-behind elder of the registry. Never deleted: exits with a reason and can be restored. */
@Entity
@Table(name = "elder")
public class Elder extends PersonRecord<ElderDetails> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "elder_seq")
    @SequenceGenerator(name = "elder_seq", sequenceName = "elder_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Embedded
    private ElderDetails details = new ElderDetails();

    protected Elder() {
    }

    Elder(ElderDetails details, Instant now) {
        super(now);
        replaceDetails(details, now);
    }

    @Override
    protected void replaceDetails(ElderDetails newDetails, Instant now) {
        this.details = newDetails.copy();
        factsChanged(details.getName(), !ElderValidator.gaps(details).isEmpty(), now);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Override
    protected ElderDetails facts() {
        return details;
    }
}
