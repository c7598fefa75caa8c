package dz.sanad.platform;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import java.util.Arrays;
import java.util.Locale;

/**
 * Patterns for text filters: what the user typed is matched literally, so {@code %} or {@code _} in a search finds
 * rows containing that character instead of every row. Use with {@code cb.like(x, pattern, Like.ESCAPE)} or
 * {@code like :q escape '\'} in SQL.
 */
public final class Like {

	public static final char ESCAPE = '\\';

	private Like() {
	}

	/** {@code %q%} for "contains q", trimmed and lower-cased (compare with a lower-cased column). */
	public static String contains(String q) {
		return "%" + escape(q.trim().toLowerCase(Locale.ROOT)) + "%";
	}

	/** "Any of these columns contains q", lower-cased and literal: the one text filter of the criteria queries. */
	@SafeVarargs
	public static Predicate anyContains(CriteriaBuilder cb, String q, Expression<String>... columns) {
		String pattern = contains(q);
		return cb.or(Arrays.stream(columns).map(c -> cb.like(cb.lower(c), pattern, ESCAPE)).toArray(Predicate[]::new));
	}

	/** {@code s} with the LIKE wildcards and the escape character itself escaped. */
	public static String escape(String s) {
		StringBuilder b = new StringBuilder(s.length() + 8);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == ESCAPE || c == '%' || c == '_') {
				b.append(ESCAPE);
			}
			b.append(c);
		}
		return b.toString();
	}
}
