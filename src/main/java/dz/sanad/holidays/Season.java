package dz.sanad.holidays;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A holiday season: its application window, its published seed and where it stands. */
@Entity
@Table(name = "holiday_season")
public class Season {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int year;

	@Column(name = "name_ar")
	private String nameAr;

	@Column(name = "name_fr")
	private String nameFr;

	@Enumerated(EnumType.STRING)
	private SeasonStatus status = SeasonStatus.DRAFT;

	@Column(name = "apply_from")
	private LocalDate applyFrom;

	@Column(name = "apply_until")
	private LocalDate applyUntil;

	@Column(name = "appeals_until")
	private LocalDate appealsUntil;

	@Column(name = "confirm_days")
	private int confirmDays = 7;

	/** Published before the draw: with the rules it decides every tie, so anyone can re-run the draw. */
	private long seed;

	@Column(name = "allocated_at")
	private Instant allocatedAt;

	@Version
	private int version;

	@Column(name = "created_at")
	private Instant createdAt = Instant.now();

	protected Season() {
	}

	Season(int year, String nameAr, String nameFr, LocalDate applyFrom, LocalDate applyUntil, LocalDate appealsUntil,
			int confirmDays, long seed) {
		this.year = year;
		this.seed = seed;
		update(nameAr, nameFr, applyFrom, applyUntil, appealsUntil, confirmDays);
	}

	void update(String nameAr, String nameFr, LocalDate applyFrom, LocalDate applyUntil, LocalDate appealsUntil,
			int confirmDays) {
		if (applyUntil.isBefore(applyFrom)) {
			throw BusinessException.onField("applyUntil", "holidays.error.window-order");
		}
		if (confirmDays < 1) {
			throw BusinessException.onField("confirmDays", "holidays.error.confirm-days");
		}
		this.nameAr = nameAr;
		this.nameFr = nameFr;
		this.applyFrom = applyFrom;
		this.applyUntil = applyUntil;
		this.appealsUntil = appealsUntil;
		this.confirmDays = confirmDays;
	}

	void open() {
		move(SeasonStatus.DRAFT, SeasonStatus.OPEN);
	}

	void close() {
		move(SeasonStatus.OPEN, SeasonStatus.CLOSED);
	}

	void allocated() {
		if (status != SeasonStatus.CLOSED && status != SeasonStatus.ALLOCATED) {
			throw BusinessException.of("holidays.error.season-state", status.label());
		}
		status = SeasonStatus.ALLOCATED;
		allocatedAt = Instant.now();
	}

	private void move(SeasonStatus from, SeasonStatus to) {
		if (status != from) {
			throw BusinessException.of("holidays.error.season-state", status.label());
		}
		status = to;
	}

	/** Criteria, weights and offers are the published rules: they change only before the window opens. */
	void checkRulesEditable() {
		if (status != SeasonStatus.DRAFT) {
			throw BusinessException.of("holidays.error.rules-frozen");
		}
	}

	void checkOffersEditable() {
		if (status == SeasonStatus.ALLOCATED) {
			throw BusinessException.of("holidays.error.season-state", status.label());
		}
	}

	public boolean acceptsApplications(LocalDate today) {
		return status == SeasonStatus.OPEN && !today.isBefore(applyFrom) && !today.isAfter(applyUntil);
	}

	public boolean acceptsAppeals(LocalDate today) {
		return status == SeasonStatus.ALLOCATED && appealsUntil != null && !today.isAfter(appealsUntil);
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("year", year);
		m.put("nameAr", nameAr);
		m.put("nameFr", nameFr);
		m.put("status", status);
		m.put("applyFrom", applyFrom);
		m.put("applyUntil", applyUntil);
		m.put("appealsUntil", appealsUntil);
		m.put("confirmDays", confirmDays);
		m.put("seed", seed);
		return m;
	}

	public String name(Locale locale) {
		return "ar".equals(locale.getLanguage()) ? nameAr : nameFr;
	}

	public Long getId() { return id; }
	public int getYear() { return year; }
	public String getNameAr() { return nameAr; }
	public String getNameFr() { return nameFr; }
	public SeasonStatus getStatus() { return status; }
	public LocalDate getApplyFrom() { return applyFrom; }
	public LocalDate getApplyUntil() { return applyUntil; }
	public LocalDate getAppealsUntil() { return appealsUntil; }
	public int getConfirmDays() { return confirmDays; }
	public long getSeed() { return seed; }
	public Instant getAllocatedAt() { return allocatedAt; }
}
