package dz.sanad.training;

import dz.sanad.people.MemberFunction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A training need submitted by a wilaya security service or an establishment. */
@Entity(name = "TrainingNeed")
@Table(name = "training_need")
public class Need {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "wilaya_code", nullable = false)
	private String wilayaCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "function_code", nullable = false)
	private MemberFunction function;

	@Column(name = "domain_id", nullable = false)
	private Long domainId;

	@Column(nullable = false)
	private int headcount;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Priority priority;

	@Column(nullable = false)
	private String justification;

	@Column(name = "wished_from")
	private LocalDate wishedFrom;

	@Column(name = "wished_to")
	private LocalDate wishedTo;

	@Column(name = "plan_year", nullable = false)
	private int planYear;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	protected Need() {
	}

	public Need(Long unitId, String wilayaCode, MemberFunction function, Long domainId, int headcount,
			Priority priority, String justification, LocalDate wishedFrom, LocalDate wishedTo, int planYear,
			String createdBy) {
		this.unitId = unitId;
		this.wilayaCode = wilayaCode;
		this.function = function;
		this.domainId = domainId;
		this.headcount = headcount;
		this.priority = priority;
		this.justification = justification;
		this.wishedFrom = wishedFrom;
		this.wishedTo = wishedTo;
		this.planYear = planYear;
		this.createdBy = createdBy;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("unitId", unitId);
		m.put("wilayaCode", wilayaCode);
		m.put("function", function);
		m.put("domainId", domainId);
		m.put("headcount", headcount);
		m.put("priority", priority);
		m.put("justification", justification);
		m.put("wishedFrom", wishedFrom);
		m.put("wishedTo", wishedTo);
		m.put("planYear", planYear);
		return m;
	}

	public Long getId() { return id; }
	public Long getUnitId() { return unitId; }
	public String getWilayaCode() { return wilayaCode; }
	public MemberFunction getFunction() { return function; }
	public Long getDomainId() { return domainId; }
	public int getHeadcount() { return headcount; }
	public Priority getPriority() { return priority; }
	public String getJustification() { return justification; }
	public LocalDate getWishedFrom() { return wishedFrom; }
	public LocalDate getWishedTo() { return wishedTo; }
	public int getPlanYear() { return planYear; }
	public String getCreatedBy() { return createdBy; }
	public Instant getCreatedAt() { return createdAt; }
}
