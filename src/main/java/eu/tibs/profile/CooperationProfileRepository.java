package eu.tibs.profile;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CooperationProfileRepository extends JpaRepository<CooperationProfile, UUID> {
}
