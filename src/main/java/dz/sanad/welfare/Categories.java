package dz.sanad.welfare;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The bilingual category tree (welfare_category, two levels), read for forms, lists and routing. */
@Component
public class Categories {

	public record Category(String code, String parent, String nameAr, String nameFr, String nameEn) {

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

	Categories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Active categories, each root followed by its children. */
	public List<Category> all() {
		return jdbc.sql("""
				select c.code, c.parent_code, c.name_ar, c.name_fr, c.name_en from welfare_category c
				left join welfare_category p on p.code = c.parent_code
				where c.active order by coalesce(p.sort_order, c.sort_order), c.parent_code nulls first, c.sort_order""")
			.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	public Optional<Category> find(String code) {
		return code == null ? Optional.empty() : all().stream().filter(c -> c.code().equals(code)).findFirst();
	}

	/** The category's name, prefixed by its parent's for a sub-category. */
	public String label(String code, Locale locale) {
		return find(code).map(c -> c.parent() == null ? c.name(locale)
				: find(c.parent()).map(p -> p.name(locale) + " › ").orElse("") + c.name(locale)).orElse(code);
	}
}
