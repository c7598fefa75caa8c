package dz.sanad.people;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Scope;
import dz.sanad.platform.Like;
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

	private final JdbcClient jdbc;

	private final Organisation organisation;

	MemberSearch(JdbcClient jdbc, Organisation organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	public Page<Hit> search(SanadUser user, Filter f, Pageable pageable) {
		Query q = build(user, f, false);
		tighten();
		Map<String, Object> params = new LinkedHashMap<>(q.params);
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		long[] total = { 0 };
		// the candidates are ranked and counted on index columns only; the table is read for the page's rows alone
		List<Hit> hits = jdbc.sql(q.with + ", page as (select r.*, count(*) over () as total from ranked r order by "
				+ RANK_ORDER + " limit :limit offset :offset) " + SELECT + ", r.total from page r join"
				+ " people_member m on m.id = r.id order by " + RANK_ORDER)
			.params(params).query((rs, n) -> {
				total[0] = rs.getLong("total");
				return hit(rs, n);
			}).list();
		if (hits.isEmpty() && pageable.getOffset() > 0) {
			total[0] = jdbc.sql(q.with + " select count(*) from ranked").params(q.params).query(Long.class).single();
		}
		return new PageImpl<>(hits, pageable, total[0]);
	}

	/** Every match, best first, for the xlsx export (streamed: call inside a transaction and close the stream). */
	public Stream<Hit> stream(SanadUser user, Filter f) {
		Query q = build(user, f, false);
		tighten();
		return jdbc.sql(q.with + " " + SELECT + " from ranked r join people_member m on m.id = r.id order by "
				+ RANK_ORDER).params(q.params).withFetchSize(1000).query(MemberSearch::hit).stream();
	}

	/**
	 * The ids of the best matches among the people the user serves (see {@link People#serves}): for an establishment
	 * head the whole wilaya of the establishment, which the caller narrows with {@code serves}.
	 */
	List<Long> servedIds(SanadUser user, String q, String wilayaCode, int limit) {
		Query query = build(user, new Filter(q, wilayaCode, null, null, null, null), true);
		tighten();
		Map<String, Object> params = new LinkedHashMap<>(query.params);
		params.put("limit", limit);
		return jdbc.sql(query.with + " select r.id from ranked r order by " + RANK_ORDER + " limit :limit")
			.params(params).query(Long.class).list();
	}

	/**
	 * Fewer, closer candidates than pg_trgm's loose default (0.3), for this transaction only; and the planner told
	 * that index pages are in memory (they are: a few MB), so that the small name dictionary is read through its
	 * trigram indexes rather than scored row by row.
	 */
	private void tighten() {
		jdbc.sql("select set_config('pg_trgm.similarity_threshold', '0.4', true), set_config('random_page_cost', '1.1', true)")
			.query().singleRow();
	}

	/** Best match first; ties by Arabic name, then id, so that pages are stable. */
	private static final String RANK_ORDER = "r.score desc, r.last_name_ar, r.first_name_ar, r.id";

	private static final String SELECT = "select m.id, m.matricule, m.nin, m.first_name_ar, m.last_name_ar,"
			+ " m.first_name_lat, m.last_name_lat, m.sex, m.birth_date, m.grade, m.function_code, m.unit_id,"
			+ " m.wilaya_code, m.status, r.score";

	/**
	 * {@code with} clauses ending with {@code ranked (id, score, last_name_ar, first_name_ar)}: the members that
	 * match, with their score. Names are matched and scored once per distinct folded name, in
	 * {@code people_member_name} (materialised: the score is computed there, not again for every member of the name),
	 * then joined to the members bearing them.
	 */
	private record Query(String with, Map<String, Object> params) {
	}

	private static final String RANKED_COLUMNS = "m.id, m.last_name_ar, m.first_name_ar";

	private Query build(SanadUser user, Filter f, boolean served) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		scope(user, where, params, served);
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
		String filters = where.isEmpty() ? "true" : String.join(" and ", where);
		String text = f.q() == null ? "" : f.q().trim();
		if (text.isEmpty()) {
			return new Query("with ranked as (select " + RANKED_COLUMNS + ", 0::real as score from people_member m where "
					+ filters + ")", params);
		}
		if (DIGITS.matcher(text).matches() && text.length() == 18) {
			params.put("q", text);
			return new Query("with ranked as (select " + RANKED_COLUMNS + ", 1::real as score from people_member m"
					+ " where (m.nin = :q or m.matricule = :q) and " + filters + ")", params);
		}
		if (ARABIC.matcher(text).find()) {
			String a = NameNormalizer.arabic(text);
			params.put("a", a);
			params.put("ac", a.replace(" ", ""));
			// "بنعلي" typed as one word is found inside the compact "كريمبنعلي" (word similarity on the compact form)
			return new Query("with names as materialized (select n.name, greatest(word_similarity(:a, n.name),"
					+ " similarity(n.compact, :ac), word_similarity(:ac, n.compact)) as score from people_member_name n"
					+ " where n.kind = 'a' and (:a <% n.name or n.compact % :ac or :ac <% n.compact)),"
					+ " ranked as (select " + RANKED_COLUMNS
					+ ", n.score from names n join people_member m on m.search_ar = n.name where " + filters + ")",
					params);
		}
		String l = NameNormalizer.latin(text);
		if (l.isEmpty()) {
			return new Query("with ranked as (select " + RANKED_COLUMNS + ", 0::real as score from people_member m"
					+ " where false)", params);
		}
		// a matricule or NIN typed whole wins; otherwise the Latin name as words (typos tolerated) or whole, in any
		// order of its words ("Ben Ali Karim" = "karimbenali"), on the compact form
		List<String> rotations = rotations(text);
		StringBuilder cond = new StringBuilder(":l <% n.name");
		StringBuilder score = new StringBuilder("greatest(word_similarity(:l, n.name)");
		for (int i = 0; i < rotations.size(); i++) {
			cond.append(" or n.compact % :r" + i);
			score.append(", similarity(n.compact, :r" + i + ")");
			params.put("r" + i, rotations.get(i));
		}
		params.put("l", l);
		String exact = text.toUpperCase(Locale.ROOT);
		params.put("exact", exact);
		params.put("raw", text);
		// escaped with a backslash, PostgreSQL's default LIKE escape (no ESCAPE clause: the prefix stays plannable)
		params.put("prefix", Like.escape(exact) + "%");
		params.put("contains", "%" + Like.escape(exact) + "%");
		boolean fragment = MATRICULE_FRAGMENT.matcher(text).matches();
		// a piece of a matricule ("M-16", "7001"): first those it begins, then those it contains, at most
		// PARTIAL_CAP of each in matricule order (a wilaya's prefix matches thousands: a search box shows the first)
		String partial = !fragment ? "select " + RANKED_COLUMNS + ", 0::real as score from people_member m where false"
				: "(select " + RANKED_COLUMNS + ", 1.5::real as score from people_member m where upper(m.matricule)"
						+ " like :prefix and upper(m.matricule) <> :exact and " + filters
						+ " order by upper(m.matricule) limit " + PARTIAL_CAP + ") union all (select " + RANKED_COLUMNS
						+ ", 1.2::real as score from people_member m where upper(m.matricule) like :contains and"
						+ " upper(m.matricule) not like :prefix and " + filters + " order by upper(m.matricule) limit "
						+ PARTIAL_CAP + ")";
		// the exact and partial hits are left out of the name branch by id, which the covering index holds (a test
		// on matricule or NIN there would read every candidate row of the table)
		return new Query("with names as materialized (select n.name, " + score + ") as score from people_member_name n"
				+ " where n.kind = 'l' and (" + cond + ")), exact as materialized (select " + RANKED_COLUMNS
				+ " from people_member m where (upper(m.matricule) = :exact or m.nin = :raw) and " + filters + "),"
				+ " partial as materialized (" + partial + "),"
				+ " ranked as (select e.*, 2::real as score from exact e union all select p.* from partial p"
				+ " union all select " + RANKED_COLUMNS + ", n.score from names n join people_member m on"
				+ " m.search_lat = n.name where m.id not in (select id from exact) and m.id not in (select id from"
				+ " partial) and " + filters + ")", params);
	}

	/** Matricules are letters, digits and separators; a fragment needs three of them to be worth an index. */
	private static final Pattern MATRICULE_FRAGMENT = Pattern.compile("(?=.*\\d)[A-Za-z0-9/-]{3,20}");

	private static final int PARTIAL_CAP = 200;

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

	private void scope(SanadUser user, List<String> where, Map<String, Object> params, boolean served) {
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
				if (served) {
					where.add("m.wilaya_code = :scopeWilaya");
					params.put("scopeWilaya", scope.wilayaCode() == null ? "--" : scope.wilayaCode());
					return;
				}
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
