package eu.tibs.reference;

import org.springframework.data.jpa.repository.JpaRepository;

interface S3DomainRepository extends JpaRepository<S3Domain, String> {
}
