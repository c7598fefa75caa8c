package dz.sanad.activities;

import org.springframework.data.jpa.repository.JpaRepository;

interface Sections extends JpaRepository<ClubSection, Long> {
}
