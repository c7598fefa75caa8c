package dz.sanad.health.vaccination;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar versions shipped in {@code vaccination/calendar-*.csv} (each file's header names its code, cohort
 * start, titles and the official text it follows), loaded as published reference data when their code is
 * missing, so that an administrator's later versions are kept.
 */
@Component
@Order(5)
class ShippedCalendars implements ApplicationRunner {

	private final Calendars calendars;

	ShippedCalendars(Calendars calendars) {
		this.calendars = calendars;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:vaccination/calendar-*.csv")) {
			Parsed p = parse(r);
			calendars.importShipped(p.form(), p.doses());
		}
	}

	record Parsed(CalendarForm form, List<DoseRule> doses) {
	}

	static Parsed parse(Resource r) {
		CalendarForm f = new CalendarForm();
		List<DoseRule> doses = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				if (line.startsWith("#")) {
					header(f, line.substring(1).trim());
					continue;
				}
				String[] c = line.split(",", -1);
				DoseRuleForm d = new DoseRuleForm();
				d.setAntigen(c[0]);
				d.setDoseNo(Integer.valueOf(c[1].trim()));
				d.setDueAge(c[2]);
				d.setEarliestAge(c[3]);
				d.setMinInterval(c[4]);
				d.setLabelAr(c[5]);
				d.setLabelFr(c[6]);
				d.setLabelEn(c[7]);
				doses.add(Calendars.parse(d));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Parsed(f, doses);
	}

	private static void header(CalendarForm f, String text) {
		int colon = text.indexOf(':');
		if (colon < 0) {
			return;
		}
		String value = text.substring(colon + 1).trim();
		switch (text.substring(0, colon).trim()) {
			case "code" -> f.setCode(value);
			case "cohort_from" -> f.setCohortFrom(LocalDate.parse(value));
			case "title_ar" -> f.setTitleAr(value);
			case "title_fr" -> f.setTitleFr(value);
			case "title_en" -> f.setTitleEn(value);
			case "source" -> f.setSource(value);
			default -> {
			}
		}
	}
}
