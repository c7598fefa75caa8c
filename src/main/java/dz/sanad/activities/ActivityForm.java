package dz.sanad.activities;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.LocalTime;

/** What a head fills in to create or change an activity (page form and API body). */
public class ActivityForm {

	@NotNull
	private Long unitId;

	private Long programmeId;

	@NotBlank
	@Size(max = 200)
	private String titleAr;

	@NotBlank
	@Size(max = 200)
	private String titleFr;

	@NotNull
	private Category category;

	@Size(max = 2000)
	private String description;

	private boolean forMembers;

	private boolean forSpouses;

	private boolean forChildren;

	@Min(0)
	@Max(99)
	private Integer minAge;

	@Min(0)
	@Max(99)
	private Integer maxAge;

	@NotNull
	@Min(1)
	@Max(10000)
	private Integer capacity;

	@Min(0)
	private Integer feeDzd;

	@NotNull
	@Min(1)
	@Max(7)
	private Integer dayOfWeek;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startTime;

	@NotNull
	@Min(15)
	@Max(600)
	private Integer durationMinutes;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	public static ActivityForm of(Activity a) {
		ActivityForm f = new ActivityForm();
		f.unitId = a.getUnitId();
		f.programmeId = a.getProgrammeId();
		f.titleAr = a.getTitleAr();
		f.titleFr = a.getTitleFr();
		f.category = a.getCategory();
		f.description = a.getDescription();
		f.forMembers = a.isForMembers();
		f.forSpouses = a.isForSpouses();
		f.forChildren = a.isForChildren();
		f.minAge = a.getMinAge();
		f.maxAge = a.getMaxAge();
		f.capacity = a.getCapacity();
		f.feeDzd = a.getFeeDzd();
		f.dayOfWeek = a.getDayOfWeek();
		f.startTime = a.getStartTime();
		f.durationMinutes = a.getDurationMinutes();
		f.startDate = a.getStartDate();
		f.endDate = a.getEndDate();
		return f;
	}

	public Long getUnitId() { return unitId; }
	public void setUnitId(Long v) { unitId = v; }
	public Long getProgrammeId() { return programmeId; }
	public void setProgrammeId(Long v) { programmeId = v; }
	public String getTitleAr() { return titleAr; }
	public void setTitleAr(String v) { titleAr = v; }
	public String getTitleFr() { return titleFr; }
	public void setTitleFr(String v) { titleFr = v; }
	public Category getCategory() { return category; }
	public void setCategory(Category v) { category = v; }
	public String getDescription() { return description; }
	public void setDescription(String v) { description = v; }
	public boolean isForMembers() { return forMembers; }
	public void setForMembers(boolean v) { forMembers = v; }
	public boolean isForSpouses() { return forSpouses; }
	public void setForSpouses(boolean v) { forSpouses = v; }
	public boolean isForChildren() { return forChildren; }
	public void setForChildren(boolean v) { forChildren = v; }
	public Integer getMinAge() { return minAge; }
	public void setMinAge(Integer v) { minAge = v; }
	public Integer getMaxAge() { return maxAge; }
	public void setMaxAge(Integer v) { maxAge = v; }
	public Integer getCapacity() { return capacity; }
	public void setCapacity(Integer v) { capacity = v; }
	public Integer getFeeDzd() { return feeDzd; }
	public void setFeeDzd(Integer v) { feeDzd = v; }
	public Integer getDayOfWeek() { return dayOfWeek; }
	public void setDayOfWeek(Integer v) { dayOfWeek = v; }
	public LocalTime getStartTime() { return startTime; }
	public void setStartTime(LocalTime v) { startTime = v; }
	public Integer getDurationMinutes() { return durationMinutes; }
	public void setDurationMinutes(Integer v) { durationMinutes = v; }
	public LocalDate getStartDate() { return startDate; }
	public void setStartDate(LocalDate v) { startDate = v; }
	public LocalDate getEndDate() { return endDate; }
	public void setEndDate(LocalDate v) { endDate = v; }
}
