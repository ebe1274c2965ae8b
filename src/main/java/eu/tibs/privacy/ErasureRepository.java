package eu.tibs.privacy;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ErasureRepository extends JpaRepository<Erasure, UUID> {
}
