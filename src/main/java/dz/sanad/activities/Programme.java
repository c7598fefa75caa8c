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

/** An establishment's annual programme: its activities hang from it, and it lists the staff trained under the agreement. */
@Entity
@Table(name = "activities_programme")
public class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "wilaya_code", nullable = false)
	private String wilayaCode;

	@Column(nullable = false)
	private int year;

	@Column(nullable = false)
	private String title;

	private String objectives;

	@Version
	private int version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	protected Programme() {
	}

	Programme(Long unitId, String wilayaCode, int year, String title, String objectives) {
		this.unitId = unitId;
		this.wilayaCode = wilayaCode;
		this.year = year;
		this.title = title;
		this.objectives = objectives;
	}

	public Map<String, Object> snapshot() {
		return Map.of("unitId", unitId, "year", year, "title", title, "objectives", objectives == null ? "" : objectives);
	}

	public Long getId() { return id; }
	public Long getUnitId() { return unitId; }
	public String getWilayaCode() { return wilayaCode; }
	public int getYear() { return year; }
	public String getTitle() { return title; }
	public String getObjectives() { return objectives; }
}
