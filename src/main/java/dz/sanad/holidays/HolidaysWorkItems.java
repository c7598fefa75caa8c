package dz.sanad.holidays;

import dz.sanad.people.FamilyMember;
import dz.sanad.people.People;
import dz.sanad.platform.Formats;
import dz.sanad.platform.Languages;
import org.springframework.context.i18n.LocaleContextHolder;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.WorkItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Home page work of holidays: the directorate's appeals to answer; a member's places to confirm before their
 * deadline (one item per child, named, with the date).
 */
@Component
class HolidaysWorkItems implements WorkItems {

	private final JdbcClient jdbc;

	private final People people;

	private final Formats fmt = new Formats();

	HolidaysWorkItems(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	@Override
	public List<WorkItem> itemsFor(SanadUser user) {
		if (user.is(Role.DGSN_SOCIAL)) {
			long appeals = jdbc.sql("select count(*) from holiday_application where appeal_status = 'PENDING'")
				.query(Long.class).single();
			return List.of(new WorkItem(appeals, "holidays.work.appeals", "/holidays/applications?appeal=true"));
		}
		if (user.is(Role.MEMBER) && user.memberId() != null) {
			record Placed(long id, Long childId, java.time.LocalDate confirmBy) {
			}
			List<Placed> placed = jdbc.sql("select id, child_id, confirm_by from holiday_application "
					+ "where member_id = ? and status = 'PLACED' order by confirm_by nulls last, id")
				.param(user.memberId())
				.query((rs, i) -> new Placed(rs.getLong("id"), (Long) rs.getObject("child_id"),
						rs.getDate("confirm_by") == null ? null : rs.getDate("confirm_by").toLocalDate()))
				.list();
			if (placed.isEmpty()) {
				return List.of();
			}
			Map<Long, FamilyMember> children = people.familyMembers(placed.stream().map(Placed::childId)
				.filter(java.util.Objects::nonNull).toList());
			boolean arabic = Languages.isRightToLeft(LocaleContextHolder.getLocale());
			var me = people.member(user.memberId());
			String self = arabic || me.getFirstNameLat() == null ? me.getFirstNameAr() : me.getFirstNameLat();
			List<WorkItem> items = new ArrayList<>();
			for (Placed p : placed) {
				FamilyMember child = p.childId() == null ? null : children.get(p.childId());
				items.add(new WorkItem(1, "holidays.work.confirm", "/holidays/applications/" + p.id(),
						List.of(child == null ? self : arabic || child.getFirstNameLat() == null ? child.getFirstNameAr()
								: child.getFirstNameLat(), fmt.date(p.confirmBy()))));
			}
			return items;
		}
		return List.of();
	}
}
