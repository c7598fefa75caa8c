package dz.sanad.training;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Dates;
import dz.sanad.platform.Formats;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A session (a run of a programme at a national centre). Guards its own life:
 * DRAFT → OPEN → CONFIRMED → RUNNING → CLOSED, or CANCELLED with a reason from any state before CLOSED.
 */
@Entity(name = "TrainingSession")
@Table(name = "training_session")
public class Session {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(name = "programme_id", nullable = false)
	private Long programmeId;

	@Column(name = "centre_id", nullable = false)
	private Long centreId;

	@Column(name = "room_id")
	private Long roomId;

	@Column(name = "plan_year", nullable = false)
	private int planYear;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(nullable = false)
	private int capacity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SessionState state = SessionState.DRAFT;

	@Column(name = "cancel_reason")
	private String cancelReason;

	/** Seats per wilaya code; no quota at all means seats are open to every wilaya up to the capacity. */
	@ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
	@CollectionTable(name = "training_session_quota", joinColumns = @JoinColumn(name = "session_id"))
	@MapKeyColumn(name = "wilaya_code")
	@Column(name = "seats")
	private Map<String, Integer> quotas = new TreeMap<>();

	/** Trainer id per module id. */
	@ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
	@CollectionTable(name = "training_session_trainer", joinColumns = @JoinColumn(name = "session_id"))
	@MapKeyColumn(name = "module_id")
	@Column(name = "trainer_id")
	private Map<Long, Long> trainers = new TreeMap<>();

	@Version
	private int version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	protected Session() {
	}

	public Session(String code, Long programmeId, Long centreId) {
		this.code = code;
		this.programmeId = programmeId;
		this.centreId = centreId;
	}

	/** Plan details may change until the session runs. */
	void plan(Long roomId, LocalDate startDate, LocalDate endDate, int capacity) {
		if (state != SessionState.DRAFT && state != SessionState.OPEN && state != SessionState.CONFIRMED) {
			throw illegal("edit");
		}
		if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
			throw BusinessException.onField("endDate", "training.session.error.dates");
		}
		if (capacity < 1) {
			throw BusinessException.onField("capacity", "training.session.error.capacity");
		}
		this.roomId = roomId;
		this.startDate = startDate;
		this.endDate = endDate;
		this.capacity = capacity;
		this.planYear = startDate.getYear();
	}

	void setQuotas(Map<String, Integer> quotas) {
		if (state.isFinal() || state == SessionState.RUNNING) {
			throw illegal("edit");
		}
		this.quotas.clear();
		quotas.forEach((w, n) -> {
			if (n != null && n > 0) {
				this.quotas.put(w, n);
			}
		});
	}

	void assignTrainer(Long moduleId, Long trainerId) {
		if (state.isFinal()) {
			throw illegal("edit");
		}
		if (trainerId == null) {
			trainers.remove(moduleId);
		}
		else {
			trainers.put(moduleId, trainerId);
		}
	}

	public void open() {
		require(SessionState.DRAFT, "open");
		if (roomId == null) {
			throw BusinessException.onField("roomId", "training.session.error.room-required");
		}
		state = SessionState.OPEN;
	}

	public void confirm(long accepted) {
		require(SessionState.OPEN, "confirm");
		if (accepted == 0) {
			throw BusinessException.of("training.session.error.nobody-accepted");
		}
		state = SessionState.CONFIRMED;
	}

	/** Starts on its first day at the earliest. */
	public void start(LocalDate today) {
		require(SessionState.CONFIRMED, "start");
		if (today.isBefore(startDate)) {
			throw BusinessException.of("training.session.error.not-begun", new Formats().date(startDate));
		}
		state = SessionState.RUNNING;
	}

	/** Closes once its last day is over: the attendance and the completion rule need every day. */
	public void close(LocalDate today) {
		require(SessionState.RUNNING, "close");
		requireEnded(today);
		state = SessionState.CLOSED;
	}

	/** Attendance: while running, for one of its working days that has come (the platform's rule for every module). */
	public void requireAttendanceDay(LocalDate day, LocalDate today) {
		if (state != SessionState.RUNNING) {
			throw BusinessException.of("training.attendance.error.not-running");
		}
		if (day == null || !days().contains(day)) {
			throw BusinessException.onField("day", "training.attendance.error.day");
		}
		Dates.requireAttendanceDay(day, today);
	}

	/** Certificates: a closed session whose last day is over (sessions closed early before this rule included). */
	public void requireCertifiable(LocalDate today) {
		if (state != SessionState.CLOSED) {
			throw BusinessException.of("training.certificate.error.not-closed");
		}
		requireEnded(today);
	}

	private void requireEnded(LocalDate today) {
		if (!today.isAfter(endDate)) {
			throw BusinessException.of("training.session.error.not-ended", new Formats().date(endDate));
		}
	}

	public void cancel(String reason) {
		if (state.isFinal()) {
			throw illegal("cancel");
		}
		if (reason == null || reason.isBlank()) {
			throw BusinessException.onField("reason", "training.session.error.reason-required");
		}
		state = SessionState.CANCELLED;
		cancelReason = reason.trim();
	}

	private void require(SessionState expected, String action) {
		if (state != expected) {
			throw illegal(action);
		}
	}

	private BusinessException illegal(String action) {
		return BusinessException.of("training.session.error.illegal",
				new DefaultMessageSourceResolvable("training.session.action." + action),
				new DefaultMessageSourceResolvable(state.messageKey()));
	}

	public boolean acceptsNominations() {
		return state == SessionState.OPEN;
	}

	public boolean overlaps(LocalDate from, LocalDate to) {
		return !startDate.isAfter(to) && !endDate.isBefore(from);
	}

	/** Working days of the session (Algeria rests on Friday and Saturday). */
	public List<LocalDate> days() {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate d = startDate; !d.isAfter(endDate); d = d.plusDays(1)) {
			if (d.getDayOfWeek() != DayOfWeek.FRIDAY && d.getDayOfWeek() != DayOfWeek.SATURDAY) {
				days.add(d);
			}
		}
		return days;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", code);
		m.put("programmeId", programmeId);
		m.put("centreId", centreId);
		m.put("roomId", roomId);
		m.put("startDate", startDate);
		m.put("endDate", endDate);
		m.put("capacity", capacity);
		m.put("state", state);
		m.put("cancelReason", cancelReason);
		m.put("quotas", new TreeMap<>(quotas));
		m.put("trainers", new TreeMap<>(trainers));
		return m;
	}

	public Long getId() { return id; }
	public String getCode() { return code; }
	public Long getProgrammeId() { return programmeId; }
	public Long getCentreId() { return centreId; }
	public Long getRoomId() { return roomId; }
	public int getPlanYear() { return planYear; }
	public LocalDate getStartDate() { return startDate; }
	public LocalDate getEndDate() { return endDate; }
	public int getCapacity() { return capacity; }
	public SessionState getState() { return state; }
	public String getCancelReason() { return cancelReason; }
	public Map<String, Integer> getQuotas() { return quotas; }
	public Map<Long, Long> getTrainers() { return trainers; }
}
