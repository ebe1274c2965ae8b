package eu.tibs.reference;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NaceActivityRepository extends JpaRepository<NaceActivity, String> {
    @Query("""
            select n from NaceActivity n
            where (:level is null or n.level = :level)
              and (:text is null or lower(n.title) like lower(concat('%', :text, '%')) or n.code like concat(:text, '%'))
            order by n.code""")
    List<NaceActivity> search(Integer level, String text, Limit limit);
}
