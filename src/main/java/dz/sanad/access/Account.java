package dz.sanad.access;

import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person's way in: one role, one scope unit, a hashed password, and the lockout counters. */
@Entity
@Table(name = "access_account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "scope_unit_id")
	private Long scopeUnitId;

	@Column(name = "member_id")
	private Long memberId;

	private String locale;

	@Column(nullable = false)
	private boolean demo;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "failed_attempts", nullable = false)
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt = Instant.now();

	@Version
	private int version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	protected Account() {
	}

	Account(String username, String passwordHash, String fullName, Role role, Long scopeUnitId, boolean demo) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.role = role;
		this.scopeUnitId = scopeUnitId;
		this.demo = demo;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	void unlock() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	String passwordHash() {
		return passwordHash;
	}

	/** Given the published demo password: switched off with the demo accounts when demo mode is off. */
	void markDemo() {
		this.demo = true;
	}

	void changePassword(String hash) {
		this.passwordHash = hash;
		this.passwordChangedAt = Instant.now();
	}

	void update(String fullName, String email, Role role, Long scopeUnitId, Long memberId, boolean enabled) {
		this.fullName = fullName;
		this.email = email;
		this.role = role;
		this.scopeUnitId = scopeUnitId;
		this.memberId = memberId;
		this.enabled = enabled;
	}

	void setLocale(String locale) {
		this.locale = locale;
	}

	void disable() {
		this.enabled = false;
	}

	SanadUser toUser(Instant now) {
		return new SanadUser(id, username, passwordHash, fullName, role, scopeUnitId, memberId, enabled,
				isLocked(now));
	}

	Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("username", username);
		m.put("fullName", fullName);
		m.put("email", email);
		m.put("role", role);
		m.put("scopeUnitId", scopeUnitId);
		m.put("memberId", memberId);
		m.put("enabled", enabled);
		return m;
	}

	public Long getId() { return id; }
	public String getUsername() { return username; }
	public String getFullName() { return fullName; }
	public String getEmail() { return email; }
	public Role getRole() { return role; }
	public Long getScopeUnitId() { return scopeUnitId; }
	public Long getMemberId() { return memberId; }
	public String getLocale() { return locale; }
	public boolean isDemo() { return demo; }
	public boolean isEnabled() { return enabled; }
	public int getFailedAttempts() { return failedAttempts; }
	public Instant getLockedUntil() { return lockedUntil; }
	public Instant getLastLoginAt() { return lastLoginAt; }
	public Instant getCreatedAt() { return createdAt; }
}
