package dz.sanad.activities;

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

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An activity of an establishment's programme: a weekly recurring schedule, a capacity, an audience (members,
 * spouses, children within an age range) and an optional fee. It keeps its own counts of confirmed and waiting
 * registrations, changed only while the row is locked, so places are never over-allocated.
 */
@Entity
@Table(name = "activities_activity")
public class Activity {

	static final int MAX_OCCURRENCES = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "wilaya_code", nullable = false)
	private String wilayaCode;

	@Column(name = "programme_id")
	private Long programmeId;

	@Column(name = "title_ar", nullable = false)
	private String titleAr;

	@Column(name = "title_fr", nullable = false)
	private String titleFr;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Category category;

	private String description;

	@Column(name = "for_members", nullable = false)
	private boolean forMembers;

	@Column(name = "for_spouses", nullable = false)
	private boolean forSpouses;

	@Column(name = "for_children", nullable = false)
	private boolean forChildren;

	@Column(name = "min_age")
	private Integer minAge;

	@Column(name = "max_age")
	private Integer maxAge;

	@Column(nullable = false)
	private int capacity;

	@Column(name = "fee_dzd")
	private Integer feeDzd;

	@Column(name = "day_of_week", nullable = false)
	private int dayOfWeek;

	@Column(name = "start_time", nullable = false)
	private LocalTime startTime;

	@Column(name = "duration_minutes", nullable = false)
	private int durationMinutes;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityStatus status = ActivityStatus.DRAFT;

	@Column(name = "confirmed_count", nullable = false)
	private int confirmedCount;

	@Column(name = "waiting_count", nullable = false)
	private int waitingCount;

	@Version
	private int version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	protected Activity() {
	}

	Activity(Long unitId, String wilayaCode) {
		this.unitId = unitId;
		this.wilayaCode = wilayaCode;
	}

	void update(ActivityForm f) {
		if (status == ActivityStatus.CLOSED || status == ActivityStatus.CANCELLED) {
			throw BusinessException.of("act.error.not-editable");
		}
		if (f.getEndDate().isBefore(f.getStartDate())) {
			throw BusinessException.onField("endDate", "act.error.dates");
		}
		if (!f.isForMembers() && !f.isForSpouses() && !f.isForChildren()) {
			throw BusinessException.onField("forMembers", "act.error.audience");
		}
		if (f.getMinAge() != null && f.getMaxAge() != null && f.getMinAge() > f.getMaxAge()) {
			throw BusinessException.onField("maxAge", "act.error.ages");
		}
		if (f.getCapacity() < confirmedCount) {
			throw BusinessException.onField("capacity", "act.error.capacity-below", confirmedCount);
		}
		if (status == ActivityStatus.PUBLISHED && (!f.getStartDate().equals(startDate)
				|| !f.getEndDate().equals(endDate) || f.getDayOfWeek() != dayOfWeek)) {
			throw BusinessException.onField("startDate", "act.error.schedule-fixed");
		}
		programmeId = f.getProgrammeId();
		titleAr = f.getTitleAr().trim();
		titleFr = f.getTitleFr().trim();
		category = f.getCategory();
		description = f.getDescription();
		forMembers = f.isForMembers();
		forSpouses = f.isForSpouses();
		forChildren = f.isForChildren();
		minAge = f.getMinAge();
		maxAge = f.getMaxAge();
		capacity = f.getCapacity();
		feeDzd = f.getFeeDzd();
		dayOfWeek = f.getDayOfWeek();
		startTime = f.getStartTime();
		durationMinutes = f.getDurationMinutes();
		startDate = f.getStartDate();
		endDate = f.getEndDate();
		updatedAt = Instant.now();
	}

	/** Opens registrations; returns the days of the occurrences to create. */
	List<LocalDate> publish() {
		if (status != ActivityStatus.DRAFT) {
			throw BusinessException.of("act.error.transition", status.label(), ActivityStatus.PUBLISHED.label());
		}
		List<LocalDate> days = occurrenceDays();
		if (days.isEmpty()) {
			throw BusinessException.onField("startDate", "act.error.no-occurrence");
		}
		status = ActivityStatus.PUBLISHED;
		updatedAt = Instant.now();
		return days;
	}

	List<LocalDate> occurrenceDays() {
		List<LocalDate> days = new ArrayList<>();
		LocalDate d = startDate;
		DayOfWeek dow = DayOfWeek.of(dayOfWeek);
		while (d.getDayOfWeek() != dow) {
			d = d.plusDays(1);
		}
		for (; !d.isAfter(endDate) && days.size() < MAX_OCCURRENCES; d = d.plusWeeks(1)) {
			days.add(d);
		}
		return days;
	}

	void close() {
		if (status != ActivityStatus.PUBLISHED) {
			throw BusinessException.of("act.error.transition", status.label(), ActivityStatus.CLOSED.label());
		}
		status = ActivityStatus.CLOSED;
		updatedAt = Instant.now();
	}

	void cancel() {
		if (status != ActivityStatus.DRAFT && status != ActivityStatus.PUBLISHED) {
			throw BusinessException.of("act.error.transition", status.label(), ActivityStatus.CANCELLED.label());
		}
		status = ActivityStatus.CANCELLED;
		confirmedCount = 0;
		waitingCount = 0;
		updatedAt = Instant.now();
	}

	/** Whether the participant belongs to the audience; the age of children is judged on the first day. */
	void checkEligible(Participant p, LocalDate today) {
		if (status != ActivityStatus.PUBLISHED) {
			throw BusinessException.of("act.error.not-open");
		}
		if (endDate.isBefore(today)) {
			throw BusinessException.of("act.error.ended");
		}
		boolean ok = switch (p.relation()) {
			case "SELF" -> forMembers;
			case "SPOUSE" -> forSpouses;
			case "CHILD" -> forChildren;
			default -> false;
		};
		if (!ok) {
			throw BusinessException.onField("familyMemberId", "act.error.audience-refused");
		}
		if (p.isChild()) {
			int age = p.ageOn(startDate.isAfter(today) ? startDate : today);
			if ((minAge != null && age < minAge) || (maxAge != null && age > maxAge)) {
				throw BusinessException.onField("familyMemberId", "act.error.age-refused", age, minAge == null ? 0 : minAge,
						maxAge == null ? 99 : maxAge);
			}
		}
	}

	/** The same check as {@link #checkEligible}, answered rather than thrown. */
	boolean accepts(Participant p, LocalDate today) {
		try {
			checkEligible(p, today);
			return true;
		}
		catch (BusinessException refused) {
			return false;
		}
	}

	/** Takes a place if one is free, else a place in the waiting list. Caller holds the row lock. */
	RegistrationStatus admit() {
		if (confirmedCount < capacity) {
			confirmedCount++;
			return RegistrationStatus.CONFIRMED;
		}
		waitingCount++;
		return RegistrationStatus.WAITING;
	}

	void released(RegistrationStatus was) {
		if (was == RegistrationStatus.CONFIRMED) {
			confirmedCount--;
		}
		else if (was == RegistrationStatus.WAITING) {
			waitingCount--;
		}
	}

	boolean hasFreePlace() {
		return confirmedCount < capacity;
	}

	void promoted() {
		waitingCount--;
		confirmedCount++;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("unitId", unitId);
		m.put("programmeId", programmeId);
		m.put("titleAr", titleAr);
		m.put("titleFr", titleFr);
		m.put("category", category);
		m.put("audience", (forMembers ? "M" : "") + (forSpouses ? "S" : "") + (forChildren ? "C" : ""));
		m.put("ages", minAge + "-" + maxAge);
		m.put("capacity", capacity);
		m.put("feeDzd", feeDzd);
		m.put("schedule", dayOfWeek + " " + startTime + " " + durationMinutes + "min " + startDate + ".." + endDate);
		m.put("status", status);
		return m;
	}

	public String title(java.util.Locale locale) {
		return "ar".equals(locale.getLanguage()) ? titleAr : titleFr;
	}

	public int getFreePlaces() {
		return Math.max(0, capacity - confirmedCount);
	}

	public Long getId() { return id; }
	public Long getUnitId() { return unitId; }
	public String getWilayaCode() { return wilayaCode; }
	public Long getProgrammeId() { return programmeId; }
	public String getTitleAr() { return titleAr; }
	public String getTitleFr() { return titleFr; }
	public Category getCategory() { return category; }
	public String getDescription() { return description; }
	public boolean isForMembers() { return forMembers; }
	public boolean isForSpouses() { return forSpouses; }
	public boolean isForChildren() { return forChildren; }
	public Integer getMinAge() { return minAge; }
	public Integer getMaxAge() { return maxAge; }
	public int getCapacity() { return capacity; }
	public Integer getFeeDzd() { return feeDzd; }
	public int getDayOfWeek() { return dayOfWeek; }
	public LocalTime getStartTime() { return startTime; }
	public int getDurationMinutes() { return durationMinutes; }
	public LocalDate getStartDate() { return startDate; }
	public LocalDate getEndDate() { return endDate; }
	public ActivityStatus getStatus() { return status; }
	public int getConfirmedCount() { return confirmedCount; }
	public int getWaitingCount() { return waitingCount; }
}
