package dz.sanad.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/** A training domain of the catalogue (editable list). */
@Entity(name = "TrainingDomain")
@Table(name = "training_domain")
public class Domain {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(name = "name_ar", nullable = false)
	private String nameAr;

	@Column(name = "name_fr", nullable = false)
	private String nameFr;

	@Column(nullable = false)
	private boolean active = true;

	protected Domain() {
	}

	public Domain(String code, String nameAr, String nameFr) {
		this.code = code;
		this.nameAr = nameAr;
		this.nameFr = nameFr;
	}

	void rename(String nameAr, String nameFr, boolean active) {
		this.nameAr = nameAr;
		this.nameFr = nameFr;
		this.active = active;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", code);
		m.put("nameAr", nameAr);
		m.put("nameFr", nameFr);
		m.put("active", active);
		return m;
	}

	public Long getId() { return id; }
	public String getCode() { return code; }
	public String getNameAr() { return nameAr; }
	public String getNameFr() { return nameFr; }
	public boolean isActive() { return active; }
}
