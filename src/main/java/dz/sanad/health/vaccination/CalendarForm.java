package dz.sanad.health.vaccination;

import org.springframework.format.annotation.DateTimeFormat;

import java.io.Serializable;
import java.time.LocalDate;

/** A new calendar version: its code, titles, source text and the first birth date it applies to. */
public class CalendarForm implements Serializable {

	private String code;

	private String titleAr;

	private String titleFr;

	private String titleEn;

	private String source;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate cohortFrom;

	public String getCode() { return code; }
	public void setCode(String v) { this.code = v; }
	public String getTitleAr() { return titleAr; }
	public void setTitleAr(String v) { this.titleAr = v; }
	public String getTitleFr() { return titleFr; }
	public void setTitleFr(String v) { this.titleFr = v; }
	public String getTitleEn() { return titleEn; }
	public void setTitleEn(String v) { this.titleEn = v; }
	public String getSource() { return source; }
	public void setSource(String v) { this.source = v; }
	public LocalDate getCohortFrom() { return cohortFrom; }
	public void setCohortFrom(LocalDate v) { this.cohortFrom = v; }
}
