package dz.sanad.holidays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A camp at a holiday centre (a DGSN unit, or a partner's site named here) or a family trip to a destination.
 */
@Entity
@Table(name = "holiday_offer")
public class Offer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "season_id")
	private Long seasonId;

	@Enumerated(EnumType.STRING)
	private OfferKind kind;

	@Column(name = "centre_unit_id")
	private Long centreUnitId;

	@Column(name = "site_name_ar")
	private String siteNameAr;

	@Column(name = "site_name_fr")
	private String siteNameFr;

	private String partner;

	private String destination;

	@Column(name = "age_min")
	private Integer ageMin;

	@Column(name = "age_max")
	private Integer ageMax;

	@Column(name = "contribution_dzd")
	private int contributionDzd;

	@Column(name = "seats_per_family")
	private Integer seatsPerFamily;

	@Version
	private int version;

	protected Offer() {
	}

	Offer(Long seasonId, OfferKind kind, Long centreUnitId, String siteNameAr, String siteNameFr, String partner,
			String destination, Integer ageMin, Integer ageMax, int contributionDzd, Integer seatsPerFamily) {
		this.seasonId = seasonId;
		this.kind = kind;
		this.centreUnitId = centreUnitId;
		this.siteNameAr = siteNameAr;
		this.siteNameFr = siteNameFr;
		this.partner = partner;
		this.destination = destination;
		this.ageMin = ageMin;
		this.ageMax = ageMax;
		this.contributionDzd = contributionDzd;
		this.seatsPerFamily = seatsPerFamily;
	}

	public boolean acceptsAge(int age) {
		return (ageMin == null || age >= ageMin) && (ageMax == null || age <= ageMax);
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("seasonId", seasonId);
		m.put("kind", kind);
		m.put("centreUnitId", centreUnitId);
		m.put("siteNameAr", siteNameAr);
		m.put("siteNameFr", siteNameFr);
		m.put("partner", partner);
		m.put("destination", destination);
		m.put("ageMin", ageMin);
		m.put("ageMax", ageMax);
		m.put("contributionDzd", contributionDzd);
		m.put("seatsPerFamily", seatsPerFamily);
		return m;
	}

	public String name(Locale locale) {
		return "ar".equals(locale.getLanguage()) ? siteNameAr : siteNameFr;
	}

	public Long getId() { return id; }
	public Long getSeasonId() { return seasonId; }
	public OfferKind getKind() { return kind; }
	public Long getCentreUnitId() { return centreUnitId; }
	public String getSiteNameAr() { return siteNameAr; }
	public String getSiteNameFr() { return siteNameFr; }
	public String getPartner() { return partner; }
	public String getDestination() { return destination; }
	public Integer getAgeMin() { return ageMin; }
	public Integer getAgeMax() { return ageMax; }
	public int getContributionDzd() { return contributionDzd; }
	public Integer getSeatsPerFamily() { return seatsPerFamily; }
}
