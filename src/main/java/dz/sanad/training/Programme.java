package dz.sanad.training;

import dz.sanad.people.MemberFunction;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A programme of the catalogue: bilingual title and objectives, type, target functions, the needs it answers. */
@Entity(name = "TrainingProgramme")
@Table(name = "training_programme")
public class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(name = "title_ar", nullable = false)
	private String titleAr;

	@Column(name = "title_fr", nullable = false)
	private String titleFr;

	@Column(name = "objectives_ar")
	private String objectivesAr;

	@Column(name = "objectives_fr")
	private String objectivesFr;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProgrammeType type;

	@Column(name = "domain_id", nullable = false)
	private Long domainId;

	/** Comma-separated {@link MemberFunction} names; empty means open to every function. */
	@Column(name = "target_functions", nullable = false)
	private String targetFunctions = "";

	private String prerequisites;

	@Column(nullable = false)
	private boolean active = true;

	@ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
	@CollectionTable(name = "training_programme_need", joinColumns = @JoinColumn(name = "programme_id"))
	@Column(name = "need_id")
	private Set<Long> needIds = new TreeSet<>();

	@Version
	private int version;

	protected Programme() {
	}

	public Programme(String code) {
		this.code = code;
	}

	void update(String titleAr, String titleFr, String objectivesAr, String objectivesFr, ProgrammeType type,
			Long domainId, Set<MemberFunction> functions, String prerequisites, Set<Long> needIds) {
		this.titleAr = titleAr;
		this.titleFr = titleFr;
		this.objectivesAr = objectivesAr;
		this.objectivesFr = objectivesFr;
		this.type = type;
		this.domainId = domainId;
		this.targetFunctions = functions == null ? "" : functions.stream().map(Enum::name).sorted()
			.collect(Collectors.joining(","));
		this.prerequisites = prerequisites;
		this.needIds.clear();
		if (needIds != null) {
			this.needIds.addAll(needIds);
		}
	}

	public Set<MemberFunction> targetFunctionSet() {
		if (targetFunctions == null || targetFunctions.isBlank()) {
			return EnumSet.noneOf(MemberFunction.class);
		}
		return Arrays.stream(targetFunctions.split(",")).map(MemberFunction::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(MemberFunction.class)));
	}

	/** Whether a member with this function may attend. */
	public boolean targets(MemberFunction function) {
		Set<MemberFunction> set = targetFunctionSet();
		return set.isEmpty() || (function != null && set.contains(function));
	}

	public String title(java.util.Locale locale) {
		return "ar".equals(locale.getLanguage()) ? titleAr : titleFr;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", code);
		m.put("titleAr", titleAr);
		m.put("titleFr", titleFr);
		m.put("type", type);
		m.put("domainId", domainId);
		m.put("targetFunctions", targetFunctions);
		m.put("prerequisites", prerequisites);
		m.put("needIds", new TreeSet<>(needIds));
		m.put("active", active);
		return m;
	}

	public Long getId() { return id; }
	public String getCode() { return code; }
	public String getTitleAr() { return titleAr; }
	public String getTitleFr() { return titleFr; }
	public String getObjectivesAr() { return objectivesAr; }
	public String getObjectivesFr() { return objectivesFr; }
	public ProgrammeType getType() { return type; }
	public Long getDomainId() { return domainId; }
	public String getTargetFunctions() { return targetFunctions; }
	public String getPrerequisites() { return prerequisites; }
	public boolean isActive() { return active; }
	public Set<Long> getNeedIds() { return needIds; }
}
