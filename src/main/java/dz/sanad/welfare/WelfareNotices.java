package dz.sanad.welfare;

import dz.sanad.platform.Notifications;
import dz.sanad.platform.cases.CaseEscalated;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Tells people what happened to a concern through the in-app inbox: the member (answers, requests for documents,
 * decisions), the handler (assignment, replies), and the ladder on escalation. Texts carry the reference only, never
 * the subject, so an inbox shows nothing of a confidential concern.
 */
@Component
class WelfareNotices {

	private final Notifications notifications;

	private final Handlers handlers;

	private final JdbcClient jdbc;

	private final org.springframework.context.ApplicationEventPublisher events;

	WelfareNotices(Notifications notifications, Handlers handlers, JdbcClient jdbc,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.notifications = notifications;
		this.handlers = handlers;
		this.jdbc = jdbc;
	}

	void toMember(Concern c, String key) {
		if (c.getMemberId() != null) {
			notifications.toMember(c.getMemberId(), "/welfare/my/" + c.getId(),
					notifications.message(key, c.getReference()));
			events.publishEvent(new WelfareMail.MemberTold(c.getMemberId(), key, c.getReference()));
		}
	}

	void toHandler(String username, Concern c, String key) {
		notifications.toUser(username, "/welfare/concerns/" + c.getId(), notifications.message(key, c.getReference()));
	}

	/**
	 * Escalations of the sweep, synchronously in its transaction (one notification row each, no event-publication
	 * row): level 1 to the heads of the concern's wilaya, level 2 to the central directorate. A sealed concern is
	 * told to its handler only: nobody else may open it.
	 */
	@EventListener
	void on(CaseEscalated e) {
		if (!WelfareCases.TYPE.equals(e.ref().type())) {
			return;
		}
		record Target(String reference, String wilaya, String confidentiality, String sealedTo) {
		}
		Target t = jdbc.sql("select reference, wilaya_code, confidentiality, sealed_to from welfare_concern where id = ?")
			.param(e.ref().id())
			.query((rs, n) -> new Target(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional().orElse(null);
		if (t == null) {
			return;
		}
		List<String> to = "SEALED".equals(t.confidentiality()) ? List.of(t.sealedTo())
				: WelfareCases.CENTRAL.equals(e.escalateTo()) ? handlers.central() : handlers.heads(t.wilaya());
		String key = "welfare.notify.escalated." + e.clock().name();
		for (String username : to) {
			notifications.toUser(username, "/welfare/concerns/" + e.ref().id(),
					notifications.message(key, t.reference(), e.percent()));
		}
	}
}
