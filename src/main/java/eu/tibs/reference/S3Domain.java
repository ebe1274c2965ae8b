package eu.tibs.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A Trans-S3 smart specialisation domain shared by regions of the Baltic Sea Region. */
@Entity
@Table(name = "s3_domain")
@Immutable
public class S3Domain extends CodeListEntry {
}
