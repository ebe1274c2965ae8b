package eu.tibs.reference;

import org.springframework.data.jpa.repository.JpaRepository;

interface CooperationTypeRepository extends JpaRepository<CooperationType, String> {
}
