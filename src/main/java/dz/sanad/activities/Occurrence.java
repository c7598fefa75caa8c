package dz.sanad.activities;

import dz.sanad.platform.Dates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One dated session of a recurring activity, where attendance is taken. */
@Entity
@Table(name = "activities_occurrence")
public class Occurrence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "activity_id", nullable = false)
	private Long activityId;

	@Column(nullable = false)
	private LocalDate day;

	@Column(name = "attendance_taken", nullable = false)
	private boolean attendanceTaken;

	@Column(name = "present_count", nullable = false)
	private int presentCount;

	protected Occurrence() {
	}

	Occurrence(Long activityId, LocalDate day) {
		this.activityId = activityId;
		this.day = day;
	}

	/** Attendance is recorded on the day or after, never ahead. */
	void attendanceTaken(int present, LocalDate today) {
		Dates.requireAttendanceDay(day, today);
		attendanceTaken = true;
		presentCount = present;
	}

	public Long getId() { return id; }
	public Long getActivityId() { return activityId; }
	public LocalDate getDay() { return day; }
	public boolean isAttendanceTaken() { return attendanceTaken; }
	public int getPresentCount() { return presentCount; }
}
