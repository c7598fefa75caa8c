package dz.sanad.welfare;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The bilingual category tree (welfare_category, two levels), read for forms, lists and routing. */
@Component
public class Categories {

	public record Category(String code, String parent, String nameAr, String nameFr, String nameEn, boolean active) {

		public String name(Locale locale) {
			return switch (locale.getLanguage()) {
				case "fr" -> nameFr;
				case "en" -> nameEn;
				default -> nameAr;
			};
		}

		/** "Housing › Social housing" for a sub-category. */
		public boolean child() {
			return parent != null;
		}

		public String root() {
			return parent == null ? code : parent;
		}
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Categories(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Active categories, each root followed by its children. */
	public List<Category> all() {
		return everything().stream().filter(Category::active).toList();
	}

	/**
	 * Every category, inactive ones included (administration). Read at most every {@link #FRESH} (every queue row
	 * asks for its label); this node's own edits are seen at once, another node's within that delay.
	 */
	public List<Category> everything() {
		Cached c = cached;
		if (c == null || System.nanoTime() - c.at() > FRESH.toNanos()) {
			c = new Cached(tree(false), System.nanoTime());
			cached = c;
		}
		return c.tree();
	}

	private static final java.time.Duration FRESH = java.time.Duration.ofSeconds(30);

	private record Cached(List<Category> tree, long at) {
	}

	private volatile Cached cached;

	private void changed() {
		cached = null;
	}

	private List<Category> tree(boolean activeOnly) {
		return jdbc.sql("""
				select c.code, c.parent_code, c.name_ar, c.name_fr, c.name_en, c.active from welfare_category c
				left join welfare_category p on p.code = c.parent_code
				where c.active or not ? order by coalesce(p.sort_order, c.sort_order), c.parent_code nulls first,
				c.sort_order, c.code""").param(activeOnly)
			.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBoolean(6)))
			.list();
	}

	/** An active category (what a new concern may take). */
	public Optional<Category> find(String code) {
		return code == null ? Optional.empty() : all().stream().filter(c -> c.code().equals(code)).findFirst();
	}

	/** Any category, withdrawn ones included (labels and rules of existing concerns). */
	public Optional<Category> any(String code) {
		return everything().stream().filter(c -> c.code().equals(code)).findFirst();
	}

	/** Adds a category, at the root or under a root (two levels); its code is derived from the parent's. */
	@Transactional
	public Category add(String parent, String suffix, String nameAr, String nameFr, String nameEn) {
		String s = suffix == null ? "" : suffix.trim().toUpperCase(Locale.ROOT);
		if (!s.matches("[A-Z][A-Z0-9_]{1,19}")) {
			throw BusinessException.onField("code", "welfare.error.category-code");
		}
		if (parent != null && !parent.isBlank() && any(parent).filter(p -> p.parent() == null).isEmpty()) {
			throw BusinessException.onField("parent", "welfare.error.category-parent");
		}
		String p = parent == null || parent.isBlank() ? null : parent;
		String code = p == null ? s : p + "." + s;
		if (any(code).isPresent()) {
			throw BusinessException.onField("code", "welfare.error.category-taken", code);
		}
		Category c = new Category(code, p, MemberConcerns.text(nameAr, "nameAr", 200),
				MemberConcerns.text(nameFr, "nameFr", 200), MemberConcerns.text(nameEn, "nameEn", 200), true);
		jdbc.sql("""
				insert into welfare_category (code, parent_code, name_ar, name_fr, name_en, sort_order)
				values (?, ?, ?, ?, ?, (select coalesce(max(sort_order), 0) + 1 from welfare_category))""")
			.params(c.code(), c.parent(), c.nameAr(), c.nameFr(), c.nameEn()).update();
		changed();
		audit.record("CREATE", "welfare-category", code, c.nameFr(), null, c);
		return c;
	}

	/** Renames a category in the three languages. */
	@Transactional
	public void rename(String code, String nameAr, String nameFr, String nameEn) {
		Category before = any(code).orElseThrow(() -> BusinessException.onField("code", "welfare.error.category"));
		Category after = new Category(code, before.parent(), MemberConcerns.text(nameAr, "nameAr", 200),
				MemberConcerns.text(nameFr, "nameFr", 200), MemberConcerns.text(nameEn, "nameEn", 200),
				before.active());
		jdbc.sql("update welfare_category set name_ar = ?, name_fr = ?, name_en = ? where code = ?")
			.params(after.nameAr(), after.nameFr(), after.nameEn(), code).update();
		changed();
		audit.record("UPDATE", "welfare-category", code, after.nameFr(), before, after);
	}

	/** Withdraws a category from new concerns (existing ones keep it), or brings it back. */
	@Transactional
	public void setActive(String code, boolean active) {
		Category before = any(code).orElseThrow(() -> BusinessException.onField("code", "welfare.error.category"));
		jdbc.sql("update welfare_category set active = ? where code = ? or parent_code = ?")
			.params(active, code, active ? "-" : code).update();
		changed();
		audit.record(active ? "REACTIVATE" : "DEACTIVATE", "welfare-category", code, before.nameFr(), null, null);
	}

	/** The category's name, prefixed by its parent's for a sub-category. */
	public String label(String code, Locale locale) {
		return any(code).map(c -> c.parent() == null ? c.name(locale)
				: any(c.parent()).map(p -> p.name(locale) + " › ").orElse("") + c.name(locale)).orElse(code);
	}
}
