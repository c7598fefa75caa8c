package dz.sanad.health;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.confidential.SealedText;
import dz.sanad.platform.confidential.Subject;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The health record of one person of the registry: blood group, allergies and current medications (sealed). */
@Entity
@Table(name = "health_record")
public class HealthRecord {

	public static final Set<String> BLOOD_GROUPS = Set.of("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "member_id")
	private Long memberId;

	@Column(name = "family_member_id")
	private Long familyMemberId;

	@Column(name = "wilaya_code", nullable = false)
	private String wilayaCode;

	@Column(name = "blood_group")
	private String bloodGroup;

	@Convert(converter = SealedText.class)
	private String allergies;

	@Convert(converter = SealedText.class)
	private String medications;

	@Column(name = "camp_fit", nullable = false)
	private boolean campFit = true;

	@Convert(converter = SealedText.class)
	@Column(name = "camp_note")
	private String campNote;

	@Version
	private int version;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	protected HealthRecord() {
	}

	HealthRecord(Subject s, String wilayaCode) {
		this.memberId = s.memberId();
		this.familyMemberId = s.familyMemberId();
		this.wilayaCode = wilayaCode;
	}

	void update(String bloodGroup, String allergies, String medications, String by) {
		if (bloodGroup != null && !bloodGroup.isBlank() && !BLOOD_GROUPS.contains(bloodGroup)) {
			throw BusinessException.onField("bloodGroup", "health.error.blood-group");
		}
		this.bloodGroup = bloodGroup == null || bloodGroup.isBlank() ? null : bloodGroup;
		this.allergies = allergies;
		this.medications = medications;
		touch(by);
	}

	/** Only a physician decides fitness for a camp; the note stays sealed, holidays only ever learn fit / not fit. */
	void fitness(boolean fit, String note, String by) {
		if (!fit && (note == null || note.isBlank())) {
			throw BusinessException.onField("campNote", "health.error.camp-note");
		}
		this.campFit = fit;
		this.campNote = fit ? null : note;
		touch(by);
	}

	private void touch(String by) {
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	public Subject subject() {
		return Subjects.of(memberId, familyMemberId);
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("bloodGroup", bloodGroup);
		m.put("allergies", allergies);
		m.put("medications", medications);
		m.put("campFit", campFit);
		return m;
	}

	public Long getId() { return id; }
	public Long getMemberId() { return memberId; }
	public Long getFamilyMemberId() { return familyMemberId; }
	public String getWilayaCode() { return wilayaCode; }
	public String getBloodGroup() { return bloodGroup; }
	public String getAllergies() { return allergies; }
	public String getMedications() { return medications; }
	public boolean isCampFit() { return campFit; }
	public String getCampNote() { return campNote; }
	public Instant getUpdatedAt() { return updatedAt; }
}
