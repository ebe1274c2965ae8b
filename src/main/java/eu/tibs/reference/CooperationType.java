package eu.tibs.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A kind of partnership (EEN partnering types plus licence). */
@Entity
@Table(name = "cooperation_type")
@Immutable
public class CooperationType extends CodeListEntry {
}
