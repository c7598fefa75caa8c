package dz.sanad.psychology.instruments;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Notifications;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The safety rule's follow-through: an alert recorded with the administration that fired it, told at once to
 * today's on-call psychologists (a discreet notice that names nobody), and handled once — by one of them, one of
 * those it was sent to, or the psychology lead — with how it was handled. Nobody else sees alerts.
 */
@Service
public class SafetyAlerts {

	public static final String LINK = "/psychology/alerts/";

	/** An alert; {@code handling} is filled only for the one page that shows a single alert to who may handle it. */
	public record View(long id, long administrationId, long recordId, Instant raisedAt, String raisedBy,
			List<String> notified, String handledBy, Instant handledAt, String handling) {

		public boolean open() {
			return handledAt == null;
		}
	}

	private final SafetyAlertRows rows;

	private final OnCall onCall;

	private final Notifications notifications;

	private final AuditTrail audit;

	SafetyAlerts(SafetyAlertRows rows, OnCall onCall, Notifications notifications, AuditTrail audit) {
		this.rows = rows;
		this.onCall = onCall;
		this.notifications = notifications;
		this.audit = audit;
	}

	/** In the administration's transaction: the alert exists exactly when the answers were recorded. */
	@Transactional
	long raise(long administrationId, long recordId) {
		List<String> told = onCall.today();
		SafetyAlert alert = rows.save(new SafetyAlert(administrationId, recordId, CurrentUser.name(), Instant.now(),
				told));
		for (String username : told) {
			notifications.toUser(username, LINK + alert.getId(), notifications.message("instruments.alert.notice"));
		}
		audit.record("CREATE", "psy_safety_alert", alert.getId(), "record " + recordId + " told " + told, null, null);
		return alert.getId();
	}

	/** Whether the user may see and handle alerts at all: the lead, or a psychologist on call today. */
	public boolean mayHandle(SanadUser user) {
		return user.is(Role.PSYCHOLOGY_LEAD)
				|| user.is(Role.PSYCHOLOGIST) && onCall.today().contains(user.getUsername());
	}

	private boolean mayHandle(SanadUser user, SafetyAlert alert) {
		return mayHandle(user) || user.is(Role.PSYCHOLOGIST) && alert.notified().contains(user.getUsername());
	}

	/** Open alerts (oldest first) and the last handled ones, for the alerts page; empty for anyone else. */
	@Transactional(readOnly = true)
	public List<View> open() {
		return openFor(CurrentUser.get());
	}

	/** The open alerts a user may handle (few: the partial index holds open ones only). */
	@Transactional(readOnly = true)
	public List<View> openFor(SanadUser user) {
		return rows.findByHandledAtIsNullOrderByRaisedAtAsc().stream().filter(a -> mayHandle(user, a))
			.map(a -> a.view(false)).toList();
	}

	@Transactional(readOnly = true)
	public List<View> recentlyHandled() {
		SanadUser user = CurrentUser.get();
		return rows.findTop50ByHandledAtIsNotNullOrderByHandledAtDesc().stream().filter(a -> mayHandle(user, a))
			.map(a -> a.view(false)).toList();
	}

	/** One alert with how it was handled; refused (403) to who may not handle it. */
	@Transactional(readOnly = true)
	public View get(long id) {
		SafetyAlert a = find(id);
		require(a);
		return a.view(true);
	}

	/**
	 * The alerts of a record (newest first), for the record's page, which has checked access to the record: an
	 * open one keeps the crisis guidance on screen.
	 */
	@Transactional(readOnly = true)
	public List<View> ofRecord(long recordId) {
		return rows.findByRecordIdOrderByRaisedAtDesc(recordId).stream().map(a -> a.view(false)).toList();
	}

	@Transactional
	public void handle(long id, String how) {
		SafetyAlert a = find(id);
		require(a);
		a.handle(CurrentUser.name(), Instant.now(), how);
		rows.saveAndFlush(a);
		audit.record("UPDATE", "psy_safety_alert", id, "handled", null, null);
	}

	private SafetyAlert find(long id) {
		return rows.findById(id).orElseThrow(() -> new NotFoundException("alert " + id));
	}

	private void require(SafetyAlert a) {
		if (!mayHandle(CurrentUser.get(), a)) {
			throw new AccessDeniedException("alert " + a.getId());
		}
	}
}
