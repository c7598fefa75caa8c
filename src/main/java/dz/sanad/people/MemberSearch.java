package dz.sanad.people;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Scope;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One search box over members: exact matricule or NIN first, then Arabic or Latin names compared in their folded
 * forms (see {@link NameNormalizer}) with trigram similarity, so spelling variants and one or two typos still match.
 * Best match first; always within the user's scope.
 */
@Service
@Transactional(readOnly = true)
public class MemberSearch {

	/** The search box and the filters of the member list. */
	public record Filter(String q, String wilayaCode, Long unitId, MemberFunction function, Grade grade,
			MemberStatus status) {

		public static Filter of(String q) {
			return new Filter(q, null, null, null, null, null);
		}
	}

	/** One line of results. */
	public record Hit(Long id, String matricule, String nin, String firstNameAr, String lastNameAr,
			String firstNameLat, String lastNameLat, String sex, LocalDate birthDate, Grade grade,
			MemberFunction function, Long unitId, String wilayaCode, MemberStatus status, double score) {

		public String fullNameAr() {
			return firstNameAr + " " + lastNameAr;
		}

		public String fullNameLat() {
			return firstNameLat == null ? "" : firstNameLat + " " + (lastNameLat == null ? "" : lastNameLat.toUpperCase(Locale.ROOT));
		}

		public String name(Locale locale) {
			return "ar".equals(locale.getLanguage()) || firstNameLat == null ? fullNameAr() : fullNameLat();
		}
	}

	private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private static final String LAT_COMPACT = "replace(m.search_lat, ' ', '')";

	private static final String AR_COMPACT = "replace(m.search_ar, ' ', '')";

	private final JdbcClient jdbc;

	private final Organisation organisation;

	MemberSearch(JdbcClient jdbc, Organisation organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	public Page<Hit> search(SanadUser user, Filter f, Pageable pageable) {
		Query q = build(user, f);
		tighten();
		Map<String, Object> params = new LinkedHashMap<>(q.params);
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		long[] total = { 0 };
		// one pass over the candidates: the window count gives the total alongside the page
		List<Hit> hits = jdbc.sql(select(q, ", count(*) over () as total") + " limit :limit offset :offset")
			.params(params).query((rs, n) -> {
				total[0] = rs.getLong("total");
				return hit(rs, n);
			}).list();
		if (hits.isEmpty() && pageable.getOffset() > 0) {
			total[0] = jdbc.sql("select count(*) from people_member m where " + q.where).params(q.params)
				.query(Long.class).single();
		}
		return new PageImpl<>(hits, pageable, total[0]);
	}

	/** Every match, best first, for the xlsx export (streamed: call inside a transaction and close the stream). */
	public Stream<Hit> stream(SanadUser user, Filter f) {
		Query q = build(user, f);
		tighten();
		return jdbc.sql(select(q, "")).params(q.params).withFetchSize(1000).query(MemberSearch::hit).stream();
	}

	/** Fewer, closer candidates than pg_trgm's loose default (0.3), for this transaction only. */
	private void tighten() {
		jdbc.sql("select set_config('pg_trgm.similarity_threshold', '0.4', true)").query().singleValue();
	}

	private static String select(Query q, String extra) {
		return "select m.id, m.matricule, m.nin, m.first_name_ar, m.last_name_ar, m.first_name_lat, m.last_name_lat,"
				+ " m.sex, m.birth_date, m.grade, m.function_code, m.unit_id, m.wilaya_code, m.status, " + q.score
				+ " as score" + extra + " from people_member m where " + q.where + " order by score desc, m.last_name_ar,"
				+ " m.first_name_ar, m.id";
	}

	private record Query(String where, String score, Map<String, Object> params) {
	}

	private Query build(SanadUser user, Filter f) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		scope(user, where, params);
		if (notBlank(f.wilayaCode())) {
			where.add("m.wilaya_code = :wilaya");
			params.put("wilaya", f.wilayaCode().trim());
		}
		if (f.unitId() != null) {
			where.add("m.unit_id in (:units)");
			params.put("units", organisation.find(f.unitId()).map(u -> organisation.subtreeIds(u.getId()))
				.filter(l -> !l.isEmpty()).orElse(List.of(-1L)));
		}
		if (f.function() != null) {
			where.add("m.function_code = :function");
			params.put("function", f.function().name());
		}
		if (f.grade() != null) {
			where.add("m.grade = :grade");
			params.put("grade", f.grade().name());
		}
		if (f.status() != null) {
			where.add("m.status = :status");
			params.put("status", f.status().name());
		}
		String scoreExpr = "0";
		String text = f.q() == null ? "" : f.q().trim();
		if (!text.isEmpty()) {
			if (DIGITS.matcher(text).matches() && text.length() == 18) {
				where.add("(m.nin = :q or m.matricule = :q)");
				scoreExpr = "1";
				params.put("q", text);
			}
			else if (ARABIC.matcher(text).find()) {
				String a = NameNormalizer.arabic(text);
				String ac = a.replace(" ", "");
				where.add("(:a <% m.search_ar or " + AR_COMPACT + " % :ac)");
				scoreExpr = "greatest(word_similarity(:a, m.search_ar), similarity(" + AR_COMPACT + ", :ac))";
				params.put("a", a);
				params.put("ac", ac);
			}
			else {
				String l = NameNormalizer.latin(text);
				String exact = text.toUpperCase(Locale.ROOT);
				if (l.isEmpty()) {
					where.add("false");
				}
				else {
					// a matricule or NIN typed whole wins; otherwise the Latin name as words (typos tolerated) or
					// whole, in any order of its words ("Ben Ali Karim" = "karimbenali"), on the compact trigram index
					List<String> rotations = rotations(text);
					StringBuilder cond = new StringBuilder("(m.matricule = :exact or m.nin = :raw or :l <% m.search_lat");
					StringBuilder score = new StringBuilder("greatest(word_similarity(:l, m.search_lat)");
					for (int i = 0; i < rotations.size(); i++) {
						cond.append(" or " + LAT_COMPACT + " % :r" + i);
						score.append(", similarity(" + LAT_COMPACT + ", :r" + i + ")");
						params.put("r" + i, rotations.get(i));
					}
					where.add(cond.append(")").toString());
					scoreExpr = "case when m.matricule = :exact or m.nin = :raw then 2 else " + score.append(")") + " end";
					params.put("l", l);
					params.put("exact", exact);
					params.put("raw", text);
				}
			}
		}
		return new Query(where.isEmpty() ? "true" : String.join(" and ", where), scoreExpr, params);
	}

	/** The folded query with its words in each circular order (at most four): names come first-last or last-first. */
	static List<String> rotations(String text) {
		List<String> words = java.util.Arrays.stream(text.trim().split("\\s+")).map(NameNormalizer::latin)
			.filter(w -> !w.isEmpty()).toList();
		List<String> out = new ArrayList<>();
		int n = Math.min(words.size(), 4);
		for (int i = 0; i < Math.max(n, 1); i++) {
			StringBuilder b = new StringBuilder();
			for (int j = 0; j < words.size(); j++) {
				b.append(words.get((i + j) % words.size()));
			}
			if (!out.contains(b.toString())) {
				out.add(b.toString());
			}
		}
		return out;
	}

	private void scope(SanadUser user, List<String> where, Map<String, Object> params) {
		if (user.role() == Role.MEMBER) {
			where.add("m.id = :me");
			params.put("me", user.memberId() == null ? -1L : user.memberId());
			return;
		}
		if (user.role() == Role.ADMIN) {
			where.add("false");
			return;
		}
		if (user.role().isNational()) {
			return;
		}
		Scope scope = organisation.scopeOf(user);
		switch (user.role()) {
			case WILAYA_OFFICER -> {
				where.add("m.wilaya_code = :scopeWilaya");
				params.put("scopeWilaya", scope.wilayaCode() == null ? "--" : scope.wilayaCode());
			}
			case ESTABLISHMENT_HEAD -> {
				List<Long> ids = scope.unitId() == null ? List.of() : organisation.subtreeIds(scope.unitId());
				where.add("m.unit_id in (:scopeUnits)");
				params.put("scopeUnits", ids.isEmpty() ? List.of(-1L) : ids);
			}
			default -> where.add("false");
		}
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}

	private static Hit hit(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		java.sql.Date birth = rs.getDate("birth_date");
		String grade = rs.getString("grade");
		String function = rs.getString("function_code");
		Long unit = rs.getObject("unit_id", Long.class);
		return new Hit(rs.getLong("id"), rs.getString("matricule"), rs.getString("nin"),
				rs.getString("first_name_ar"), rs.getString("last_name_ar"), rs.getString("first_name_lat"),
				rs.getString("last_name_lat"), rs.getString("sex"), birth == null ? null : birth.toLocalDate(),
				grade == null ? null : Grade.valueOf(grade), function == null ? null : MemberFunction.valueOf(function),
				unit, rs.getString("wilaya_code"), MemberStatus.valueOf(rs.getString("status")),
				rs.getDouble("score"));
	}
}
