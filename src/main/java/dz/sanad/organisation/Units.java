package dz.sanad.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface Units extends JpaRepository<Unit, Long>, JpaSpecificationExecutor<Unit> {

	Optional<Unit> findByCode(String code);

	boolean existsByCode(String code);

	@Query("select u from Unit u where u.path like concat(:path, '%') order by u.path")
	List<Unit> findSubtree(String path);

	@Query("select u.id from Unit u where u.path like concat(:path, '%')")
	List<Long> findSubtreeIds(String path);

	@Query("select count(u) from Unit u where u.path like concat(:path, '%')")
	long countSubtree(String path);

	List<Unit> findByParentIdIsNullOrderByCode();

	List<Unit> findByParentIdOrderByCode(Long parentId);

	@Query("select u.parentId, count(u) from Unit u where u.parentId in :parentIds group by u.parentId")
	List<Object[]> countChildren(java.util.Collection<Long> parentIds);

	boolean existsByParentIdAndActiveTrue(Long parentId);

	List<Unit> findByKindInAndActiveTrueOrderByCode(java.util.Collection<UnitKind> kinds);
}
