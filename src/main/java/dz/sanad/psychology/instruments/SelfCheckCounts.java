package dz.sanad.psychology.instruments;

import dz.sanad.platform.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The anonymous self-check's only trace: a counter per instrument and band. The score is computed in the visitor's
 * browser; nothing else is received or kept (no answers, no total, no time, no address).
 */
@Service
public class SelfCheckCounts {

	/** The instruments the public page offers (short, free, and fit for self-assessment). */
	public static final Set<String> OFFERED = Set.of("PHQ9", "GAD7");

	private final InstrumentLibrary library;

	private final JdbcClient jdbc;

	SelfCheckCounts(InstrumentLibrary library, JdbcClient jdbc) {
		this.library = library;
		this.jdbc = jdbc;
	}

	@Transactional
	public void count(String code, String bandKey) {
		if (code == null || !OFFERED.contains(code)) {
			throw BusinessException.onField("instrument", "instruments.unknown", String.valueOf(code));
		}
		if (library.get(code).bands().stream().noneMatch(b -> b.key().equals(bandKey))) {
			throw BusinessException.onField("band", "instruments.selfcheck.band.unknown");
		}
		jdbc.sql("insert into psy_selfcheck_count (instrument_code, band_key, count) values (?, ?, 1) "
				+ "on conflict (instrument_code, band_key) do update set count = psy_selfcheck_count.count + 1")
			.params(code, bandKey).update();
	}

	/** Counts per band key for an instrument, in band order (bands never used count 0). */
	@Transactional(readOnly = true)
	public Map<String, Long> counts(String code) {
		Map<String, Long> out = new LinkedHashMap<>();
		library.get(code).bands().forEach(b -> out.put(b.key(), 0L));
		jdbc.sql("select band_key, count from psy_selfcheck_count where instrument_code = ?").param(code)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
			.forEach(e -> out.computeIfPresent(e.getKey(), (k, v) -> e.getValue()));
		return out;
	}
}
