package eu.tibs.reference;

import org.springframework.data.jpa.repository.JpaRepository;

interface ValueChainComponentRepository extends JpaRepository<ValueChainComponent, String> {
}
