package dz.sanad.psychology;

import dz.sanad.access.Accounts;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.Dates;
import dz.sanad.platform.DemoDataContributor;
import dz.sanad.platform.Formats;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Psychology demo, in neutral, non-graphic wording: the on-call rota, the demo member's self-referral followed by
 * {@code psychologist} (never {@code psychologist2}), a command referral, a request awaiting the lead, and a
 * debriefing after an incident led by {@code psychologist2}. The national scale is {@link PsychologyBulkData}'s.
 */
@Component
class PsychologyDemoData implements DemoDataContributor {

	private final Records records;

	private final Notes notes;

	private final Appointments appointments;

	private final Consents consents;

	private final Incidents incidents;

	private final OnCall onCall;

	private final People people;

	private final Accounts accounts;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	private final PsychologyBulkData bulk;

	PsychologyDemoData(Records records, Notes notes, Appointments appointments, Consents consents, Incidents incidents,
			OnCall onCall, People people, Accounts accounts, UserDetailsService users, JdbcClient jdbc,
			PsychologyBulkData bulk) {
		this.records = records;
		this.notes = notes;
		this.appointments = appointments;
		this.consents = consents;
		this.incidents = incidents;
		this.onCall = onCall;
		this.people = people;
		this.accounts = accounts;
		this.users = users;
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	@Override
	public String name() {
		return "psychology";
	}

	@Override
	public int order() {
		return 75;
	}

	@Override
	@Transactional
	public void seed(Scale scale) {
		Long memberId = accounts.findByUsername("member").map(a -> a.getMemberId()).orElse(null);
		if (memberId == null || accounts.findByUsername("psychologist").isEmpty()) {
			return;
		}
		as("psylead", () -> {
			for (int d = 0; d < 14; d++) {
				onCall.assign(user("psylead"), Dates.today().plusDays(d), d % 2 == 0 ? "psychologist2" : "psychologist");
			}
			return null;
		});
		SanadUser member = user("member");
		PsyCase own = as("member", () -> records.selfRefer(member, null, centre(), "أرغب في التحدث مع مختص حول الضغط في العمل.",
				Set.of(Scopes.FOLLOW_UP, Scopes.ANONYMOUS_STATS)));
		as("psylead", () -> {
			records.assign(user("psylead"), own.id(), "psychologist", onCall.psychologists());
			return null;
		});
		as("psychologist", () -> {
			SanadUser p = user("psychologist");
			PsyCase c = records.get(own.id());
			notes.write(p, c, NoteKind.PROGRESS, "مقابلة أولى: الشخص يصف تعبًا مرتبطًا بوتيرة العمل. اتُّفق على لقاءات منتظمة.");
			notes.write(p, c, NoteKind.PROGRESS, "Deuxième séance : le sommeil s'améliore, exercices de respiration poursuivis.");
			notes.write(p, c, NoteKind.PROCESS, "Hypothèse de travail à discuter en supervision.");
			held(c, p, LocalDateTime.now(Formats.ZONE).minusDays(7).withHour(10).withMinute(0));
			appointments.book(p, c, Dates.today().plusDays(3).atTime(10, 0), 45, Session.Kind.INDIVIDUAL,
					Session.Mode.IN_PERSON);
			return null;
		});
		List<Member> others = people.lookup(user("wilaya16"), null, "16", 6).stream()
			.filter(m -> !m.getId().equals(memberId)).toList();
		if (others.size() >= 4) {
			PsyCase referred = as("wilaya16", () -> records.refer(user("wilaya16"), others.get(0).getMatricule(),
					"طلب متابعة بعد فترة غياب طويلة عن العمل."));
			as("psylead", () -> {
				records.assign(user("psylead"), referred.id(), "psychologist", onCall.psychologists());
				return null;
			});
			as("psychologist", () -> {
				PsyCase c = records.get(referred.id());
				consents.record(c, Set.of(Scopes.FOLLOW_UP));
				records.outcome(c, Outcome.FOLLOW_UP);
				return null;
			});
			as("psychologist2", () -> incidents.debrief(user("psychologist2"), centre(), Dates.today().minusDays(2),
					"جلسة تفريغ جماعية بعد حادث مرور أثناء الخدمة، دون إصابات خطيرة.",
					List.of(others.get(1).getMatricule(), others.get(2).getMatricule())));
			as("psylead", () -> consents.record(records.open(others.get(3).getId(), null, Route.SELF, null, null, centre(),
					null), Set.of(Scopes.FOLLOW_UP)));
		}
		if (scale == Scale.NATIONAL) {
			bulk.seed();
		}
	}

	/** A session that already took place (booking refuses the past, so the demo writes it as held directly). */
	private void held(PsyCase c, SanadUser p, LocalDateTime at) {
		jdbc.sql("""
				insert into psy_appointment (case_id, psychologist, centre_unit_id, starts_at, ends_at, kind, mode, status,
				reminded_at) values (?, ?, ?, ?, ?, 'INDIVIDUAL', 'IN_PERSON', 'HELD', ?)""")
			.params(c.id(), p.getUsername(), p.scopeUnitId(), Timestamp.from(at.atZone(Formats.ZONE).toInstant()),
					Timestamp.from(at.plusMinutes(45).atZone(Formats.ZONE).toInstant()),
					Timestamp.from(at.minusDays(1).atZone(Formats.ZONE).toInstant()))
			.update();
	}

	private Long centre() {
		return user("psychologist").scopeUnitId();
	}

	private SanadUser user(String username) {
		return (SanadUser) users.loadUserByUsername(username);
	}

	/** Runs a step as the named account, as if signed in (the engine, the audit and the read log name them). */
	private <T> T as(String username, Supplier<T> step) {
		SanadUser u = user(username);
		var before = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}
}
