package dz.sanad.holidays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A priority criterion of a season and its weight, as set by the directorate and shown to applicants. */
@Entity
@Table(name = "holiday_criterion")
public class Criterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "season_id")
	private Long seasonId;

	private String code;

	@Enumerated(EnumType.STRING)
	private CriterionSource source;

	@Column(name = "name_ar")
	private String nameAr;

	@Column(name = "name_fr")
	private String nameFr;

	private int weight;

	private int position;

	protected Criterion() {
	}

	Criterion(Long seasonId, String code, CriterionSource source, String nameAr, String nameFr, int weight,
			int position) {
		this.seasonId = seasonId;
		this.code = code;
		this.source = source;
		this.nameAr = nameAr;
		this.nameFr = nameFr;
		this.weight = weight;
		this.position = position;
	}

	void setWeight(int weight) {
		this.weight = weight;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("seasonId", seasonId);
		m.put("code", code);
		m.put("source", source);
		m.put("nameAr", nameAr);
		m.put("nameFr", nameFr);
		m.put("weight", weight);
		return m;
	}

	public String name(Locale locale) {
		return "ar".equals(locale.getLanguage()) ? nameAr : nameFr;
	}

	public Long getId() { return id; }
	public Long getSeasonId() { return seasonId; }
	public String getCode() { return code; }
	public CriterionSource getSource() { return source; }
	public String getNameAr() { return nameAr; }
	public String getNameFr() { return nameFr; }
	public int getWeight() { return weight; }
	public int getPosition() { return position; }
}
