package dz.sanad.holidays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The most places a wilaya's applicants may get in a season (wilayas without a quota are not capped). */
@Entity
@Table(name = "holiday_quota")
public class Quota {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "season_id")
	private Long seasonId;

	@Column(name = "wilaya_code")
	private String wilayaCode;

	@Column(name = "max_places")
	private int maxPlaces;

	protected Quota() {
	}

	Quota(Long seasonId, String wilayaCode, int maxPlaces) {
		this.seasonId = seasonId;
		this.wilayaCode = wilayaCode;
		this.maxPlaces = maxPlaces;
	}

	void setMaxPlaces(int maxPlaces) {
		this.maxPlaces = maxPlaces;
	}

	public Long getId() { return id; }
	public Long getSeasonId() { return seasonId; }
	public String getWilayaCode() { return wilayaCode; }
	public int getMaxPlaces() { return maxPlaces; }
}
