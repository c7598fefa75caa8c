package dz.sanad.territory;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface Wilayas extends JpaRepository<Wilaya, String> {

	List<Wilaya> findAllByOrderByCode();
}
