package dz.sanad.psychology.instruments;

import dz.sanad.platform.DemoDataContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous self-check counts, so the committee's aggregates have something to suppress or show: a few per band in
 * the small demo (most under the disclosure threshold of 10), a year of a national campaign's counts at scale.
 * Questionnaires within records are seeded with the records themselves (the psychology record's demo data).
 */
@Component
class InstrumentsDemoData implements DemoDataContributor {

	private final InstrumentLibrary library;

	private final JdbcClient jdbc;

	InstrumentsDemoData(InstrumentLibrary library, JdbcClient jdbc) {
		this.library = library;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "psychology-instruments";
	}

	@Override
	public int order() {
		return 76;
	}

	@Override
	@Transactional
	public void seed(Scale scale) {
		int factor = scale == Scale.NATIONAL ? 400 : 1;
		for (String code : SelfCheckCounts.OFFERED) {
			int[] perBand = { 14, 9, 6, 3, 2 };
			var bands = library.get(code).bands();
			for (int n = 0; n < bands.size(); n++) {
				jdbc.sql("insert into psy_selfcheck_count (instrument_code, band_key, count) values (?, ?, ?) "
						+ "on conflict (instrument_code, band_key) do nothing")
					.params(code, bands.get(n).key(), (long) perBand[n] * factor).update();
			}
		}
	}
}
