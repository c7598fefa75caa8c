package dz.sanad.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.LinkedHashMap;
import java.util.Map;

/** A local association an establishment works with (registration number from the wilaya's register). */
@Entity
@Table(name = "activities_association")
public class Association {

	public static final java.util.List<String> DOMAINS = java.util.List.of("CULTURE", "SPORT", "YOUTH", "CHILDHOOD",
			"DISABILITY", "SOCIAL", "EDUCATION", "HEALTH", "ENVIRONMENT");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "wilaya_code", nullable = false)
	private String wilayaCode;

	@Column(name = "registration_no", nullable = false, unique = true)
	private String registrationNo;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String domain;

	@Column(name = "contact_name")
	private String contactName;

	private String phone;

	private String email;

	@Version
	private int version;

	protected Association() {
	}

	Association(Long unitId, String wilayaCode, String registrationNo) {
		this.unitId = unitId;
		this.wilayaCode = wilayaCode;
		this.registrationNo = registrationNo;
	}

	void update(String name, String domain, String contactName, String phone, String email) {
		this.name = name;
		this.domain = domain;
		this.contactName = contactName;
		this.phone = phone;
		this.email = email;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("unitId", unitId);
		m.put("registrationNo", registrationNo);
		m.put("name", name);
		m.put("domain", domain);
		m.put("contactName", contactName);
		m.put("phone", phone);
		m.put("email", email);
		return m;
	}

	public Long getId() { return id; }
	public Long getUnitId() { return unitId; }
	public String getWilayaCode() { return wilayaCode; }
	public String getRegistrationNo() { return registrationNo; }
	public String getName() { return name; }
	public String getDomain() { return domain; }
	public String getContactName() { return contactName; }
	public String getPhone() { return phone; }
	public String getEmail() { return email; }
}
