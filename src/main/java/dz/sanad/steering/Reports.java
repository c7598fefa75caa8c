package dz.sanad.steering;

import dz.sanad.audit.AuditTrail;
import dz.sanad.documents.Pdf;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Formats;
import dz.sanad.platform.Languages;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.disclosure.SuppressedTable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report engine: a monthly or annual report from one template ({@code pdf/steering-report}) in Arabic and
 * French, with the secretariat's narrative, the indicators' table and a server-drawn SVG chart per indicator,
 * all under the disclosure rule. Each report is numbered per kind and year and archived with the SHA-256 of
 * each PDF; the database refuses any change to an archived report (trigger of migration V702).
 */
@Service
@Transactional(readOnly = true)
public class Reports {

	public record Report(Long id, String kind, int year, Integer month, int number, String sha256Ar,
			String sha256Fr, OffsetDateTime createdAt, OffsetDateTime mailedAt) {

		public String reference() {
			return number + "/" + year + ("MONTHLY".equals(kind) ? "-M" + month : "-A");
		}
	}

	private final JdbcClient jdbc;

	private final IndicatorViews views;

	private final Committee committee;

	private final Pdf pdf;

	private final AuditTrail audit;

	private final Formats fmt = new Formats();

	Reports(JdbcClient jdbc, IndicatorViews views, Committee committee, Pdf pdf, AuditTrail audit) {
		this.jdbc = jdbc;
		this.views = views;
		this.committee = committee;
		this.pdf = pdf;
		this.audit = audit;
	}

	public List<Report> reports() {
		return jdbc.sql("select id, kind, year, month, number, sha256_ar, sha256_fr, created_at, mailed_at from steering_report order by created_at desc, id desc")
			.query((rs, i) -> new Report(rs.getLong(1), rs.getString(2), rs.getInt(3), (Integer) rs.getObject(4),
					rs.getInt(5), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class),
					rs.getObject(9, OffsetDateTime.class)))
			.list();
	}

	public Report report(Long id) {
		return reports().stream().filter(r -> r.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFoundException("report " + id));
	}

	/** The archived PDF of a report in "ar" or "fr". */
	public byte[] pdf(Long id, String lang) {
		report(id);
		return jdbc.sql("select " + ("fr".equals(lang) ? "pdf_fr" : "pdf_ar") + " from steering_report where id = ?")
			.param(id).query(byte[].class).single();
	}

	/** A member issues the report of a month (or of a year, month null) with the secretariat's narrative. */
	@Transactional
	public Report issue(SanadUser user, int year, Integer month, String narrativeAr, String narrativeFr) {
		committee.requireMember(user);
		return create(user.getUsername(), year, month, narrativeAr, narrativeFr);
	}

	/** The scheduled issue: the report of a period with no narrative, unless it exists already. */
	@Transactional
	public java.util.Optional<Report> issueScheduled(int year, Integer month) {
		String kind = month == null ? "ANNUAL" : "MONTHLY";
		boolean exists = jdbc.sql("select count(*) from steering_report where kind = ? and year = ? and coalesce(month, 0) = ?")
			.param(kind).param(year).param(month == null ? 0 : month).query(Long.class).single() > 0;
		return exists ? java.util.Optional.empty() : java.util.Optional.of(create("system", year, month, "", ""));
	}

	private Report create(String by, int year, Integer month, String narrativeAr, String narrativeFr) {
		if (month != null && (month < 1 || month > 12)) {
			throw BusinessException.onField("month", "steering.error.month");
		}
		String kind = month == null ? "ANNUAL" : "MONTHLY";
		jdbc.sql("select pg_advisory_xact_lock(7003, ?)").param(year).query(Object.class).list();
		if (jdbc.sql("select count(*) from steering_report where kind = ? and year = ? and coalesce(month, 0) = ?")
			.param(kind).param(year).param(month == null ? 0 : month).query(Long.class).single() > 0) {
			throw BusinessException.of("steering.error.reportExists");
		}
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from steering_report where kind = ? and year = ?")
			.param(kind).param(year).query(Integer.class).single();
		String ar = narrativeAr == null ? "" : narrativeAr.strip();
		String fr = narrativeFr == null ? "" : narrativeFr.strip();
		byte[] pdfAr = render(kind, year, month, number, ar, Languages.ARABIC);
		byte[] pdfFr = render(kind, year, month, number, fr, Languages.FRENCH);
		Long id = jdbc.sql("""
				insert into steering_report (kind, year, month, number, narrative_ar, narrative_fr, pdf_ar, pdf_fr,
				  sha256_ar, sha256_fr, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.param(kind).param(year).param(month).param(number).param(ar).param(fr).param(pdfAr).param(pdfFr)
			.param(sha(pdfAr)).param(sha(pdfFr)).param(by).query(Long.class).single();
		audit.record("CREATE", "SteeringReport", id, kind + " " + number + "/" + year, null,
				Map.of("sha256Ar", sha(pdfAr), "sha256Fr", sha(pdfFr)));
		return report(id);
	}

	/** Renders the report in one language: same template, same figures, the reader's labels. */
	byte[] render(String kind, int year, Integer month, int number, String narrative, Locale locale) {
		Locale before = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			List<IndicatorViews.View> all = views.all(year);
			List<String> charts = new ArrayList<>();
			for (IndicatorViews.View v : all) {
				charts.add(v.table().rows().isEmpty() ? null : chart(v));
			}
			Map<String, Object> model = new HashMap<>();
			model.put("kind", kind);
			model.put("year", year);
			model.put("month", month);
			model.put("number", number);
			model.put("narrative", narrative);
			model.put("views", all);
			model.put("charts", charts);
			model.put("rtl", locale == Languages.ARABIC);
			model.put("ar", locale == Languages.ARABIC);
			model.put("fmt", fmt);
			return pdf.render("pdf/steering-report", model, locale);
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
	}

	/** The indicator's figures by scope (first twelve), a hidden count drawn as no bar with its marker. */
	private static String chart(IndicatorViews.View v) {
		List<SvgCharts.Bar> bars = new ArrayList<>();
		for (SuppressedTable.Row r : v.table().rows().subList(0, Math.min(12, v.table().rows().size()))) {
			SuppressedTable.Cell c = r.cells().get(0);
			String label = r.label().length() > 14 ? r.label().substring(0, 13) + "…" : r.label();
			bars.add(new SvgCharts.Bar(label, c.suppressed() ? null : c.value().doubleValue(), null, c.text()));
		}
		return SvgCharts.bars(bars, 480, 150);
	}

	static String sha(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Claims a report for mailing (once across nodes: the conditional update is the claim). */
	@Transactional
	public boolean claimMailing(Long id) {
		return jdbc.sql("update steering_report set mailed_at = now() where id = ? and mailed_at is null").param(id)
			.update() == 1;
	}

	public List<String> recipients() {
		return jdbc.sql("select email from steering_member where email is not null order by username").query(String.class)
			.list();
	}
}
