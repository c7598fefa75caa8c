package dz.sanad.psychology.instruments;

import dz.sanad.platform.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The versioned library of validated questionnaires, read once from the data files under
 * {@code classpath:instruments/} (one file per instrument version, each citing its sources). A file that breaks the
 * model (wrong number of items or labels in a language, bands with gaps) stops the application at start: a
 * questionnaire is never offered half right. An administration keeps the version it was scored with, so a new
 * version never re-scores history.
 */
@Component
public class InstrumentLibrary {

	static final String LOCATION = "classpath*:instruments/*.json";

	/** code → version → instrument. */
	private final Map<String, TreeMap<Integer, Instrument>> byCode = new TreeMap<>();

	InstrumentLibrary() {
		this(LOCATION);
	}

	InstrumentLibrary(String location) {
		JsonMapper json = JsonMapper.builder().build();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources(location)) {
				try (InputStream in = file.getInputStream()) {
					Instrument i = json.readValue(in, Instrument.class);
					check(i, file.getFilename());
					if (byCode.computeIfAbsent(i.code(), c -> new TreeMap<>()).put(i.version(), i) != null) {
						throw new IllegalStateException(file.getFilename() + ": " + i.code() + " v" + i.version()
								+ " defined twice");
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("instrument library " + location, e);
		}
	}

	/** Every instrument code, in the current (latest) version. */
	public List<Instrument> all() {
		return byCode.values().stream().map(TreeMap::lastEntry).map(Map.Entry::getValue).toList();
	}

	/** The instruments with a published validated wording in the locale's language (current versions). */
	public List<Instrument> offeredIn(Locale locale) {
		return all().stream().filter(i -> i.offeredIn(locale)).toList();
	}

	/** The current version of an instrument. */
	public Optional<Instrument> find(String code) {
		TreeMap<Integer, Instrument> versions = code == null ? null : byCode.get(code);
		return versions == null ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
	}

	public Instrument get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("instrument " + code));
	}

	/** A given version, as an administration recorded it. */
	public Instrument get(String code, int version) {
		Instrument i = byCode.getOrDefault(code, new TreeMap<>()).get(version);
		if (i == null) {
			throw new NotFoundException("instrument " + code + " v" + version);
		}
		return i;
	}

	private static void check(Instrument i, String file) {
		List<String> wrong = new ArrayList<>();
		if (i.code() == null || i.itemCount() < 1 || i.maxAnswer() <= i.minAnswer() || i.scoring() == null
				|| i.source() == null || i.source().isBlank() || i.wording() == null || i.bands() == null) {
			wrong.add("code, itemCount, answers, scoring, source, wording and bands are required");
		}
		else {
			if (i.safetyItem() != null && (i.safetyItem() < 1 || i.safetyItem() > i.itemCount())) {
				wrong.add("safetyItem outside the items");
			}
			int options = i.maxAnswer() - i.minAnswer() + 1;
			i.wording().forEach((lang, w) -> {
				if (w.items() == null || w.items().size() != i.itemCount()) {
					wrong.add(lang + ": " + i.itemCount() + " items expected");
				}
				if (w.options() == null || w.options().size() != options) {
					wrong.add(lang + ": " + options + " answer labels expected");
				}
				if (w.source() == null || w.source().isBlank()) {
					wrong.add(lang + ": the published translation's source is required");
				}
			});
			List<Instrument.Band> bands = i.bands().stream().sorted(Comparator.comparingInt(Instrument.Band::min))
				.toList();
			int next = i.minTotal();
			for (Instrument.Band b : bands) {
				if (b.min() != next || b.max() < b.min()) {
					wrong.add("bands must cover " + i.minTotal() + ".." + i.maxTotal() + " without gap at " + next);
					break;
				}
				next = b.max() + 1;
			}
			if (next != i.maxTotal() + 1 && wrong.isEmpty()) {
				wrong.add("bands end before " + i.maxTotal());
			}
		}
		if (!wrong.isEmpty()) {
			throw new IllegalStateException("instrument file " + file + ": " + String.join("; ", wrong));
		}
	}
}
