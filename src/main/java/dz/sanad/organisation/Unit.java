package dz.sanad.organisation;

import dz.sanad.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A node of the organisation tree: a centre, a DGSN unit or an establishment. */
@Entity
@Table(name = "organisation_unit")
public class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitKind kind;

	@Column(name = "name_ar", nullable = false)
	private String nameAr;

	@Column(name = "name_fr", nullable = false)
	private String nameFr;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(nullable = false)
	private String path;

	@Column(name = "wilaya_code")
	private String wilayaCode;

	private String address;

	private String phone;

	private String email;

	private Integer capacity;

	@Column(nullable = false)
	private boolean active = true;

	@Version
	private int version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	protected Unit() {
	}

	Unit(String code, UnitKind kind, String nameAr, String nameFr, Unit parent, String wilayaCode) {
		this.code = code;
		this.kind = kind;
		this.nameAr = nameAr;
		this.nameFr = nameFr;
		this.wilayaCode = wilayaCode;
		placeUnder(parent);
	}

	/** Checks the parent's kind; the path is completed once the id is known ({@link #completePath}). */
	void placeUnder(Unit parent) {
		if (parent == null ? !kind.allowedParents().isEmpty() : !kind.allowedParents().contains(parent.kind)) {
			throw BusinessException.onField("parentId", "unit.error.parent-kind");
		}
		if (parent != null && id != null && parent.path.startsWith(path)) {
			throw BusinessException.onField("parentId", "unit.error.cycle");
		}
		this.parentId = parent == null ? null : parent.id;
		this.path = (parent == null ? "/" : parent.path) + (id == null ? "" : id + "/");
	}

	void completePath() {
		if (!path.endsWith("/" + id + "/")) {
			path = path + id + "/";
		}
	}

	/** Keeps a descendant's path in step when an ancestor moves. */
	void rebase(String oldPrefix, String newPrefix) {
		path = newPrefix + path.substring(oldPrefix.length());
	}

	void update(String nameAr, String nameFr, String wilayaCode, String address, String phone, String email,
			Integer capacity) {
		this.nameAr = nameAr;
		this.nameFr = nameFr;
		this.wilayaCode = wilayaCode;
		this.address = address;
		this.phone = phone;
		this.email = email;
		this.capacity = capacity;
		this.updatedAt = Instant.now();
	}

	void deactivate() {
		if (!active) {
			throw BusinessException.of("unit.error.already-inactive");
		}
		active = false;
		updatedAt = Instant.now();
	}

	void reactivate() {
		active = true;
		updatedAt = Instant.now();
	}

	/** The audit trail's picture of this unit. */
	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", code);
		m.put("kind", kind);
		m.put("nameAr", nameAr);
		m.put("nameFr", nameFr);
		m.put("parentId", parentId);
		m.put("wilayaCode", wilayaCode);
		m.put("address", address);
		m.put("phone", phone);
		m.put("email", email);
		m.put("capacity", capacity);
		m.put("active", active);
		return m;
	}

	/** True when {@code other} is this unit or lies below it. */
	public boolean contains(Unit other) {
		return other.path.startsWith(path);
	}

	/** The name in the reader's language: Arabic for Arabic, French otherwise. */
	public String name(java.util.Locale locale) {
		return "ar".equals(locale.getLanguage()) ? nameAr : nameFr;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public UnitKind getKind() {
		return kind;
	}

	public String getNameAr() {
		return nameAr;
	}

	public String getNameFr() {
		return nameFr;
	}

	public Long getParentId() {
		return parentId;
	}

	public String getPath() {
		return path;
	}

	public String getWilayaCode() {
		return wilayaCode;
	}

	public String getAddress() {
		return address;
	}

	public String getPhone() {
		return phone;
	}

	public String getEmail() {
		return email;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public boolean isActive() {
		return active;
	}

	public int getDepth() {
		return (int) path.chars().filter(c -> c == '/').count() - 2;
	}
}
