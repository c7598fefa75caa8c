package dz.sanad.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Map;

/** A section of a police sports club, by discipline: coaches, teams, licensed athletes, competitions. */
@Entity
@Table(name = "activities_club_section")
public class ClubSection {

	public static final java.util.List<String> DISCIPLINES = java.util.List.of("FOOTBALL", "BASKETBALL", "HANDBALL",
			"VOLLEYBALL", "ATHLETICS", "JUDO", "KARATE", "BOXING", "SWIMMING", "CHESS", "SHOOTING", "CYCLING");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "wilaya_code", nullable = false)
	private String wilayaCode;

	@Column(nullable = false)
	private String discipline;

	@Column(name = "name_ar", nullable = false)
	private String nameAr;

	@Column(name = "name_fr", nullable = false)
	private String nameFr;

	@Version
	private int version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	protected ClubSection() {
	}

	ClubSection(Long unitId, String wilayaCode, String discipline, String nameAr, String nameFr) {
		this.unitId = unitId;
		this.wilayaCode = wilayaCode;
		this.discipline = discipline;
		this.nameAr = nameAr;
		this.nameFr = nameFr;
	}

	public Map<String, Object> snapshot() {
		return Map.of("unitId", unitId, "discipline", discipline, "nameAr", nameAr, "nameFr", nameFr);
	}

	public String name(java.util.Locale locale) {
		return "ar".equals(locale.getLanguage()) ? nameAr : nameFr;
	}

	public Long getId() { return id; }
	public Long getUnitId() { return unitId; }
	public String getWilayaCode() { return wilayaCode; }
	public String getDiscipline() { return discipline; }
	public String getNameAr() { return nameAr; }
	public String getNameFr() { return nameFr; }
}
