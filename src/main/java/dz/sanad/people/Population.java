package dz.sanad.people;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The registry as a target population (health campaigns): active members and their active relatives of one wilaya,
 * optionally by sex and age on a day. Ids only; who may act on them is the caller's rule.
 */
@Service
@Transactional(readOnly = true)
public class Population {

	/** A person of the registry: a member (familyMemberId null) or one of their family. */
	public record PersonRef(long memberId, Long familyMemberId, LocalDate birthDate) {
	}

	private final JdbcClient jdbc;

	Population(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PersonRef> of(String wilayaCode, String sex, Integer ageMin, Integer ageMax, LocalDate on, int limit) {
		// born after (on - ageMax - 1 year) and on or before (on - ageMin years)
		LocalDate bornFrom = ageMax == null ? null : on.minusYears(ageMax + 1L).plusDays(1);
		LocalDate bornTo = ageMin == null ? null : on.minusYears(ageMin);
		return jdbc.sql("""
				select m.id, null::bigint, m.birth_date from people_member m
				where m.wilaya_code = :w and m.status = 'ACTIVE' and (cast(:sex as varchar) is null or m.sex = :sex)
				  and (cast(:bornFrom as date) is null or m.birth_date >= :bornFrom)
				  and (cast(:bornTo as date) is null or m.birth_date <= :bornTo)
				union all
				select f.member_id, f.id, f.birth_date from people_family_member f join people_member m on m.id = f.member_id
				where m.wilaya_code = :w and m.status = 'ACTIVE' and f.active
				  and (cast(:sex as varchar) is null or f.sex = :sex)
				  and (cast(:bornFrom as date) is null or f.birth_date >= :bornFrom)
				  and (cast(:bornTo as date) is null or f.birth_date <= :bornTo)
				limit :limit""")
			.param("w", wilayaCode).param("sex", sex).param("bornFrom", bornFrom).param("bornTo", bornTo)
			.param("limit", limit)
			.query((rs, n) -> new PersonRef(rs.getLong(1), (Long) rs.getObject(2),
					rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate())).list();
	}

	/**
	 * Active members of one wilaya whose matricule is {@code q} or whose name contains it (Arabic or Latin, folded as
	 * the registry folds names): the care team's person search, which People's role-based scope does not cover.
	 */
	public List<Long> membersMatching(String wilayaCode, String q, int limit) {
		if (q == null || q.isBlank()) {
			return List.of();
		}
		String text = q.strip();
		String ar = NameNormalizer.arabic(text);
		String lat = NameNormalizer.latin(text);
		return jdbc.sql("""
				select m.id from people_member m
				where m.wilaya_code = :w and m.status = 'ACTIVE'
				  and (upper(m.matricule) = upper(:q) or (:ar <> '' and m.search_ar like :arLike escape '\\')
				       or (:lat <> '' and m.search_lat like :latLike escape '\\'))
				order by m.last_name_ar, m.first_name_ar, m.id limit :limit""")
			.param("w", wilayaCode).param("q", text).param("ar", ar).param("lat", lat)
			.param("arLike", dz.sanad.platform.Like.contains(ar)).param("latLike", dz.sanad.platform.Like.contains(lat))
			.param("limit", limit).query(Long.class).list();
	}
}
