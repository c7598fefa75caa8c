package dz.sanad.holidays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The only code that changes a shift's count of taken places. Every change is a guarded update (it touches the row
 * only when the result stays within 0..capacity) and the table's check constraint backs it up, so no interleaving
 * of withdrawals, promotions and manual placements can ever overbook a shift.
 */
@Component
class ShiftPlaces {

	private final JdbcClient jdbc;

	ShiftPlaces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the rows in id order (a fixed order, so two operations on the same shifts cannot deadlock). */
	void lock(Collection<Long> shiftIds) {
		List<Long> ids = shiftIds.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
		if (!ids.isEmpty()) {
			jdbc.sql("select id from holiday_shift where id in (:ids) order by id for update").param("ids", ids)
				.query(Long.class).list();
		}
	}

	/** Takes one place; false when the shift is full. */
	boolean take(long shiftId) {
		return jdbc.sql("update holiday_shift set taken = taken + 1 where id = ? and taken < capacity")
			.param(shiftId).update() == 1;
	}

	void release(long shiftId) {
		int n = jdbc.sql("update holiday_shift set taken = taken - 1 where id = ? and taken > 0").param(shiftId)
			.update();
		if (n != 1) {
			throw new IllegalStateException("shift " + shiftId + " had no place to release");
		}
	}

	/** After an allocation run: the counts the run decided (each within capacity, or the constraint refuses). */
	void set(long shiftId, int taken) {
		jdbc.sql("update holiday_shift set taken = ? where id = ?").params(taken, shiftId).update();
	}

	/** The best-ranked waiting application that chose this shift, locked; rows other transactions hold are skipped. */
	Optional<Long> nextWaiting(long seasonId, long shiftId, Collection<Long> skip) {
		return jdbc.sql("""
				select id from holiday_application
				where season_id = :season and status = 'WAITING'
				  and (choice1 = :shift or choice2 = :shift or choice3 = :shift)
				  and id not in (:skip)
				order by rank nulls last, id
				limit 1 for update skip locked""")
			.param("season", seasonId).param("shift", shiftId)
			.param("skip", skip.isEmpty() ? List.of(-1L) : skip)
			.query(Long.class).optional();
	}

	int placedInWilaya(long seasonId, String wilaya) {
		return jdbc.sql("""
				select count(*) from holiday_application
				where season_id = ? and wilaya_code = ? and status in ('PLACED', 'CONFIRMED')""")
			.params(seasonId, wilaya).query(Integer.class).single();
	}

	int taken(long shiftId) {
		return jdbc.sql("select taken from holiday_shift where id = ?").param(shiftId).query(Integer.class).single();
	}
}
