package dz.sanad.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Locale;

/** One of Algeria's 69 wilayas. Reference data: it changes by law, so it is data, not code. */
@Entity
@Table(name = "territory_wilaya")
public class Wilaya {

	@Id
	private String code;

	@Column(name = "name_fr", nullable = false)
	private String nameFr;

	@Column(name = "name_ar", nullable = false)
	private String nameAr;

	@Column(name = "parent_code")
	private String parentCode;

	@Column(name = "created_on")
	private LocalDate createdOn;

	protected Wilaya() {
	}

	public Wilaya(String code, String nameFr, String nameAr, String parentCode, LocalDate createdOn) {
		this.code = code;
		update(nameFr, nameAr, parentCode, createdOn);
	}

	void update(String nameFr, String nameAr, String parentCode, LocalDate createdOn) {
		this.nameFr = nameFr;
		this.nameAr = nameAr;
		this.parentCode = parentCode;
		this.createdOn = createdOn;
	}

	public String getCode() {
		return code;
	}

	public String getNameFr() {
		return nameFr;
	}

	public String getNameAr() {
		return nameAr;
	}

	public String getParentCode() {
		return parentCode;
	}

	public LocalDate getCreatedOn() {
		return createdOn;
	}

	/** The name in the reader's language: Arabic for Arabic, French otherwise. */
	public String name(Locale locale) {
		return "ar".equals(locale.getLanguage()) ? nameAr : nameFr;
	}
}
