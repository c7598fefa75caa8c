package dz.sanad.access;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Like;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import jakarta.persistence.criteria.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The access module's API: accounts, their passwords, lockout and language preference. */
@Service
@Transactional(readOnly = true)
public class AccountService {

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final int maxAttempts;

	private final Duration lockFor;

	private final LoginThrottle throttle;

	private final PasswordPolicy policy;

	AccountService(Accounts accounts, PasswordEncoder encoder, Organisation organisation, AuditTrail audit,
			LoginThrottle throttle, PasswordPolicy policy,
			@Value("${sanad.login.max-attempts:5}") int maxAttempts,
			@Value("${sanad.login.lock-duration:15m}") Duration lockFor) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.organisation = organisation;
		this.audit = audit;
		this.maxAttempts = maxAttempts;
		this.lockFor = lockFor;
		this.throttle = throttle;
		this.policy = policy;
	}

	public record AccountFilter(String q, Role role, Boolean enabled) {
	}

	public Page<Account> search(AccountFilter f, Pageable pageable) {
		return accounts.findAll(spec(f), pageable);
	}

	public List<Account> searchAll(AccountFilter f) {
		return accounts.findAll(spec(f), Sort.by("username"));
	}

	private static Specification<Account> spec(AccountFilter f) {
		return (root, q, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (f.q() != null && !f.q().isBlank()) {
				String like = Like.contains(f.q());
				p.add(cb.or(cb.like(root.get("username"), like, Like.ESCAPE), cb.like(cb.lower(root.get("fullName")), like, Like.ESCAPE)));
			}
			if (f.role() != null) {
				p.add(cb.equal(root.get("role"), f.role()));
			}
			if (f.enabled() != null) {
				p.add(cb.equal(root.get("enabled"), f.enabled()));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	public Account get(Long id) {
		return accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
	}

	@Transactional
	public Account create(AccountForm form) {
		return create(form, false);
	}

	@Transactional
	Account create(AccountForm form, boolean demo) {
		if (accounts.existsByUsername(form.getUsername())) {
			throw BusinessException.onField("username", "account.error.username-taken", form.getUsername());
		}
		checkScope(form.getRole(), form.getScopeUnitId());
		if (!demo) {
			policy.check(form.getUsername(), form.getPassword());
		}
		// an account given the demo password in demo mode must not survive demo mode with it
		Account a = new Account(form.getUsername(), encoder.encode(form.getPassword()), form.getFullName(),
				form.getRole(), form.getScopeUnitId(), demo || PasswordPolicy.isDemoPassword(form.getPassword()));
		a.update(form.getFullName(), form.getEmail(), form.getRole(), form.getScopeUnitId(), form.getMemberId(),
				form.isEnabled());
		accounts.save(a);
		audit.record("CREATE", "account", a.getId(), a.getUsername(), null, a.snapshot());
		return a;
	}

	@Transactional
	public Account update(Long id, AccountForm form) {
		Account a = get(id);
		checkScope(form.getRole(), form.getScopeUnitId());
		Map<String, Object> before = a.snapshot();
		a.update(form.getFullName(), form.getEmail(), form.getRole(), form.getScopeUnitId(), form.getMemberId(),
				form.isEnabled());
		audit.record("UPDATE", "account", id, a.getUsername(), before, a.snapshot());
		return a;
	}

	/** Scoped roles need a unit of the right kind; national roles may leave it empty. */
	private void checkScope(Role role, Long unitId) {
		if (unitId == null) {
			if (!role.isNational() && role != Role.MEMBER) {
				throw BusinessException.onField("scopeUnitId", "account.error.scope-required");
			}
			return;
		}
		if (organisation.find(unitId).isEmpty()) {
			throw BusinessException.onField("scopeUnitId", "account.error.scope-unknown");
		}
	}

	@Transactional
	public void resetPassword(Long id, String password) {
		Account a = get(id);
		policy.check(a.getUsername(), password);
		a.changePassword(encoder.encode(password));
		if (PasswordPolicy.isDemoPassword(password)) {
			a.markDemo();
		}
		a.unlock();
		throttle.forgetAccount(a.getUsername());
		audit.record("PASSWORD_RESET", "account", id, a.getUsername(), null, null);
	}

	/** A signed-in user's own change: the current password proves it is them, not whoever left a session open. */
	@Transactional
	public void changeOwnPassword(String username, String current, String password) {
		Account a = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("account " + username));
		if (current == null || !encoder.matches(current, a.passwordHash())) {
			throw BusinessException.onField("currentPassword", "password.error.current");
		}
		policy.check(username, password);
		if (encoder.matches(password, a.passwordHash())) {
			throw BusinessException.onField("password", "password.error.same");
		}
		a.changePassword(encoder.encode(password));
		if (PasswordPolicy.isDemoPassword(password)) {
			a.markDemo();
		}
		audit.record("PASSWORD_CHANGE", "account", a.getId(), a.getUsername(), null, null);
	}

	@Transactional
	public void unlock(Long id) {
		Account a = get(id);
		a.unlock();
		throttle.forgetAccount(a.getUsername());
		audit.record("UNLOCK", "account", id, a.getUsername(), null, null);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void loginFailed(String username) {
		accounts.recordFailure(username, maxAttempts, Instant.now().plus(lockFor));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void loginSucceeded(String username) {
		accounts.recordSuccess(username, Instant.now());
	}

	@Transactional
	public void setLocale(String username, String language) {
		accounts.updateLocale(username, language);
	}

	public String localeOf(String username) {
		return accounts.findByUsername(username).map(Account::getLocale).orElse(null);
	}

	/** Outside demo mode, accounts that demo mode created are switched off. */
	@Transactional
	public int disableDemoAccounts() {
		List<Account> demo = accounts.findByDemoTrueAndEnabledTrue();
		demo.forEach(Account::disable);
		return demo.size();
	}

	/** Ties a member's self-service account to their record in the members registry. */
	@Transactional
	public void linkMember(String username, Long memberId) {
		accounts.findByUsername(username).ifPresent(a -> {
			Map<String, Object> before = a.snapshot();
			a.update(a.getFullName(), a.getEmail(), a.getRole(), a.getScopeUnitId(), memberId, a.isEnabled());
			audit.record("UPDATE", "account", a.getId(), a.getUsername(), before, a.snapshot());
		});
	}

	public boolean hasActiveAdministrator() {
		return accounts.existsByRoleAndEnabledTrue(Role.ADMIN);
	}

	public boolean exists(String username) {
		return accounts.existsByUsername(username);
	}
}
