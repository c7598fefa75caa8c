package dz.sanad.holidays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One allocation run: its progress (polled by the page) and its kept result report. */
@Entity
@Table(name = "holiday_run")
public class Run {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "season_id")
	private Long seasonId;

	private String status;

	private int progress;

	private int total;

	private int placed;

	private int waiting;

	private long seed;

	@Column(name = "started_by")
	private String startedBy;

	@Column(name = "started_at")
	private Instant startedAt = Instant.now();

	@Column(name = "finished_at")
	private Instant finishedAt;

	private String report;

	protected Run() {
	}

	Run(Long seasonId, long seed, String startedBy) {
		this.seasonId = seasonId;
		this.seed = seed;
		this.startedBy = startedBy;
		this.status = "RUNNING";
	}

	public boolean isFinished() {
		return !"RUNNING".equals(status);
	}

	public Long getId() { return id; }
	public Long getSeasonId() { return seasonId; }
	public String getStatus() { return status; }
	public int getProgress() { return progress; }
	public int getTotal() { return total; }
	public int getPlaced() { return placed; }
	public int getWaiting() { return waiting; }
	public long getSeed() { return seed; }
	public String getStartedBy() { return startedBy; }
	public Instant getStartedAt() { return startedAt; }
	public Instant getFinishedAt() { return finishedAt; }
	public String getReport() { return report; }
}
