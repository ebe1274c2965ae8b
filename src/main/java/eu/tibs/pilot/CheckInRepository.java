package eu.tibs.pilot;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInRepository extends JpaRepository<CheckIn, UUID> {
}
