package dz.sanad.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/** Points a criterion gives an application at one institution (configurable by its head). */
@Entity
@Table(name = "activities_care_priority_rule")
public class PriorityRule {

	/** The criteria and their default points when an institution has not set its own. */
	public static final Map<String, Integer> DEFAULTS = defaults();

	private static Map<String, Integer> defaults() {
		Map<String, Integer> m = new LinkedHashMap<>();
		m.put("MARTYR_CHILD", 50);
		m.put("ORPHAN", 30);
		m.put("DISABILITY", 20);
		m.put("SIBLING_ENROLLED", 10);
		return java.util.Collections.unmodifiableMap(m);
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private String criterion;

	@Column(nullable = false)
	private int points;

	protected PriorityRule() {
	}

	PriorityRule(Long unitId, String criterion, int points) {
		this.unitId = unitId;
		this.criterion = criterion;
		this.points = points;
	}

	void setPoints(int points) {
		this.points = points;
	}

	public Long getId() { return id; }
	public Long getUnitId() { return unitId; }
	public String getCriterion() { return criterion; }
	public int getPoints() { return points; }
}
