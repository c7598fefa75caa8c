package dz.sanad.people;

import dz.sanad.organisation.Organisation;
import dz.sanad.platform.Formats;
import dz.sanad.territory.Territory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what Sanad holds on a person into what that person can read: each field with a translated label and a
 * translated value (words instead of codes, local dates and times, unit and wilaya names), and no internal ids.
 * The field names stay stable for the JSON export (README, "Right of access").
 */
@Component
class PersonalDataView {

	/** One field of a record: its stable name, its label and its value in the reader's language. */
	record Row(String field, String label, String value) {
	}

	/** One section: its stable name, its title and its records. */
	record Section(String section, String title, List<List<Row>> records) {

		public int count() {
			return records.size();
		}
	}

	private final MessageSource messages;

	private final Organisation organisation;

	private final Territory territory;

	private final Formats fmt = new Formats();

	PersonalDataView(MessageSource messages, Organisation organisation, Territory territory) {
		this.messages = messages;
		this.organisation = organisation;
		this.territory = territory;
	}

	Section section(String titleKey, List<Map<String, Object>> records, Locale locale) {
		// stable section names: "member", "family", … for people's own, the module's name for the others
		String name = titleKey.startsWith("access.section.") ? titleKey.substring("access.section.".length())
				: titleKey.endsWith(".access.section") ? titleKey.substring(0, titleKey.length() - ".access.section".length())
				: titleKey;
		return new Section(name, messages.getMessage(titleKey, null, titleKey, locale),
				records.stream().map(r -> rows(r, locale)).toList());
	}

	List<Row> rows(Map<String, Object> record, Locale locale) {
		List<Row> rows = new ArrayList<>();
		record.forEach((field, value) -> {
			if ("unitId".equals(field)) {
				rows.add(row("unit", value == null ? null
						: organisation.find(((Number) value).longValue()).map(u -> u.name(locale)).orElse(null), locale));
			}
			else if ("wilayaCode".equals(field)) {
				rows.add(row("wilaya", value == null ? null
						: territory.wilaya(value.toString()).map(w -> value + " — " + w.name(locale)).orElse(value.toString()),
						locale));
			}
			else if (!internal(field)) {
				rows.add(row(field, value, locale));
			}
		});
		return rows;
	}

	/** Ids are Sanad's business, not the person's: they mean nothing to them and are left out. */
	private static boolean internal(String field) {
		return "id".equals(field) || field.endsWith("Id");
	}

	private Row row(String field, Object value, Locale locale) {
		return new Row(field, messages.getMessage("field." + field, null, field, locale), value(field, value, locale));
	}

	String value(String field, Object v, Locale locale) {
		if (v == null || (v instanceof String s && s.isBlank())) {
			return "—";
		}
		if (v instanceof Boolean b) {
			return messages.getMessage(b ? "common.yes" : "common.no", null, locale);
		}
		if ("sex".equals(field)) {
			return messages.getMessage("sex." + v, null, v.toString(), locale);
		}
		if (v instanceof LocalDate d) {
			return fmt.date(d);
		}
		if (v instanceof TemporalAccessor t) {
			return fmt.dateTime(t);
		}
		if (v instanceof Enum<?> e) {
			return messages.getMessage(messageKey(e), null, e.name(), locale);
		}
		return v.toString();
	}

	/** An enum's own message key when it has one ({@code messageKey()}), else {@code enum.<Type>.<NAME>}. */
	private static String messageKey(Enum<?> e) {
		try {
			Method m = e.getClass().getMethod("messageKey");
			return (String) m.invoke(e);
		}
		catch (ReflectiveOperationException ex) {
			return "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
		}
	}
}
