package dz.sanad.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A room of a national training centre. */
@Entity(name = "TrainingRoom")
@Table(name = "training_room")
public class Room {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "centre_id", nullable = false)
	private Long centreId;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_ar")
	private String nameAr;

	@Column(nullable = false)
	private int capacity;

	@Column(nullable = false)
	private boolean active = true;

	protected Room() {
	}

	public Room(Long centreId, String name, int capacity) {
		this.centreId = centreId;
		this.name = name;
		this.capacity = capacity;
	}

	public java.util.Map<String, Object> snapshot() {
		java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
		m.put("centreId", centreId);
		m.put("name", name);
		m.put("nameAr", nameAr);
		m.put("capacity", capacity);
		m.put("active", active);
		return m;
	}

	public Long getId() { return id; }
	public Long getCentreId() { return centreId; }
	public String getName() { return name; }
	public String getNameAr() { return nameAr; }

	void nameInArabic(String nameAr) {
		this.nameAr = nameAr == null || nameAr.isBlank() ? null : nameAr.trim();
	}

	/** The room's name in the reader's language (the Latin name where no Arabic one was given). */
	public String name(java.util.Locale locale) {
		return "ar".equals(locale.getLanguage()) && nameAr != null ? nameAr : name;
	}
	public int getCapacity() { return capacity; }
	public boolean isActive() { return active; }
}
