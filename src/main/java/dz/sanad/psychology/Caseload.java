package dz.sanad.psychology;

import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The lists of records, each selecting in SQL only what the reader may see: a psychologist their care team's
 * records, the lead every record, a member their own and their family's (state only), a referrer the outcome of
 * their referrals. Everyone else gets an empty list.
 */
@Service
public class Caseload {

	/** A list line: the record and the person's name, in the reader's language. */
	public record Row(PsyCase record, String person) {
	}

	private final JdbcClient jdbc;

	private final People people;

	Caseload(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	public Page<Row> of(SanadUser user, CaseState state, Pageable page, Locale locale) {
		String where;
		Object who;
		if (user.role() == Role.PSYCHOLOGY_LEAD) {
			where = "(cast(? as varchar) is not null)";
			who = user.getUsername();
		}
		else if (user.role() == Role.PSYCHOLOGIST) {
			where = "exists (select 1 from psy_care_team t where t.case_id = c.id and t.username = ?)";
			who = user.getUsername();
		}
		else {
			return Page.empty(page);
		}
		String filter = " and (cast(? as varchar) is null or c.state = ?)";
		String s = state == null ? null : state.name();
		long total = jdbc.sql("select count(*) from psy_case c where " + where + filter).params(who, s, s)
			.query(Long.class).single();
		List<PsyCase> rows = jdbc.sql("select " + Records.COLUMNS + " from psy_case c where " + where + filter
				+ " order by c.opened_at desc, c.id desc limit ? offset ?")
			.params(who, s, s, page.getPageSize(), page.getOffset()).query(Records.ROW).list();
		return new PageImpl<>(named(rows, locale), page, total);
	}

	/** The whole filtered caseload, for its export (capped: an export is a working list, not a dump). */
	public List<Row> all(SanadUser user, CaseState state, Locale locale) {
		return of(user, state, org.springframework.data.domain.PageRequest.of(0, EXPORT_MAX), locale).getContent();
	}

	public static final int EXPORT_MAX = 20_000;

	/** Records still waiting for a psychologist: the lead's triage queue. */
	public List<Row> unassigned(SanadUser user, Locale locale) {
		if (user.role() != Role.PSYCHOLOGY_LEAD) {
			return List.of();
		}
		return named(jdbc.sql("select " + Records.COLUMNS + " from psy_case c where c.state = 'NEW' order by c.opened_at")
			.query(Records.ROW).list(), locale);
	}

	public long unassignedCount() {
		return jdbc.sql("select count(*) from psy_case where state = 'NEW'").query(Long.class).single();
	}

	/** The member's own records and their family's: for the state page, never content. */
	public List<Row> ofMember(SanadUser user, Locale locale) {
		if (user.role() != Role.MEMBER || user.memberId() == null) {
			return List.of();
		}
		return ofPerson(user.memberId(), locale);
	}

	public Optional<PsyCase> ownedBy(SanadUser user, long id) {
		return ofMember(user, Locale.ROOT).stream().map(Row::record).filter(c -> c.id() == id).findFirst();
	}

	/** A referrer's referrals: who, when, and the structured outcome only. */
	public List<Row> referredBy(SanadUser user, Locale locale) {
		return named(jdbc.sql("select " + Records.COLUMNS
				+ " from psy_case c where c.referrer = ? order by c.opened_at desc limit 200")
			.param(user.getUsername()).query(Records.ROW).list(), locale);
	}

	/** The records of one member and their family, for the on-call psychologist's break-the-glass form. */
	public List<Row> ofPerson(long memberId, Locale locale) {
		List<Long> family = new java.util.ArrayList<>(people.familyOf(memberId).stream().map(FamilyMember::getId).toList());
		family.add(-1L); // "in ()" is not SQL
		return named(jdbc.sql("select " + Records.COLUMNS + " " + """
				 from psy_case c where c.member_id = :member or c.family_member_id in (:family)
				 order by c.opened_at desc""")
			.param("member", memberId).param("family", family).query(Records.ROW).list(), locale);
	}

	public String person(PsyCase c, Locale locale) {
		return named(List.of(c), locale).get(0).person();
	}

	private List<Row> named(List<PsyCase> rows, Locale locale) {
		Map<Long, Member> members = people.members(rows.stream().map(PsyCase::memberId)
			.filter(java.util.Objects::nonNull).toList());
		Map<Long, FamilyMember> family = people.familyMembers(rows.stream().map(PsyCase::familyMemberId)
			.filter(java.util.Objects::nonNull).toList());
		return rows.stream().map(c -> new Row(c, c.memberId() != null
				? Optional.ofNullable(members.get(c.memberId())).map(m -> m.name(locale)).orElse("")
				: Optional.ofNullable(family.get(c.familyMemberId())).map(f -> f.name(locale)).orElse(""))).toList();
	}
}
