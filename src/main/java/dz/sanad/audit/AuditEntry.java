package dz.sanad.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the audit trail (read side; rows are written by {@link AuditTrail} in plain SQL). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	private Long id;

	private Instant at;

	private String actor;

	@Column(name = "actor_role")
	private String actorRole;

	private String ip;

	private String action;

	@Column(name = "entity_type")
	private String entityType;

	@Column(name = "entity_id")
	private String entityId;

	private String summary;

	@Column(name = "before_data")
	private String beforeData;

	@Column(name = "after_data")
	private String afterData;

	@Column(name = "prev_hash")
	private String prevHash;

	private String hash;

	protected AuditEntry() {
	}

	public Long getId() {
		return id;
	}

	public Instant getAt() {
		return at;
	}

	public String getActor() {
		return actor;
	}

	public String getActorRole() {
		return actorRole;
	}

	public String getIp() {
		return ip;
	}

	public String getAction() {
		return action;
	}

	public String getEntityType() {
		return entityType;
	}

	public String getEntityId() {
		return entityId;
	}

	public String getSummary() {
		return summary;
	}

	public String getBeforeData() {
		return beforeData;
	}

	public String getAfterData() {
		return afterData;
	}

	public String getPrevHash() {
		return prevHash;
	}

	public String getHash() {
		return hash;
	}
}
