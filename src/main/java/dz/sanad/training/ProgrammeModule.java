package dz.sanad.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A module of a programme, with its hours. */
@Entity(name = "TrainingProgrammeModule")
@Table(name = "training_module")
public class ProgrammeModule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "programme_id", nullable = false)
	private Long programmeId;

	@Column(nullable = false)
	private int position;

	@Column(name = "title_ar", nullable = false)
	private String titleAr;

	@Column(name = "title_fr", nullable = false)
	private String titleFr;

	@Column(nullable = false)
	private int hours;

	protected ProgrammeModule() {
	}

	public ProgrammeModule(Long programmeId, int position, String titleAr, String titleFr, int hours) {
		this.programmeId = programmeId;
		this.position = position;
		this.titleAr = titleAr;
		this.titleFr = titleFr;
		this.hours = hours;
	}

	public java.util.Map<String, Object> snapshot() {
		return java.util.Map.of("programmeId", programmeId, "position", position, "titleAr", titleAr, "titleFr",
				titleFr, "hours", hours);
	}

	public Long getId() { return id; }
	public Long getProgrammeId() { return programmeId; }
	public int getPosition() { return position; }
	public String getTitleAr() { return titleAr; }
	public String getTitleFr() { return titleFr; }
	public int getHours() { return hours; }
}
