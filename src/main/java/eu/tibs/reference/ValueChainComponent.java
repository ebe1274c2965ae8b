package eu.tibs.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One of Porter's nine value-chain components, primary or support. */
@Entity
@Table(name = "value_chain_component")
@Immutable
public class ValueChainComponent extends CodeListEntry {
    private String kind;

    public String getKind() {
        return kind;
    }
}
