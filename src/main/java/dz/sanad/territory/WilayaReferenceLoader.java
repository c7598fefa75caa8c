package dz.sanad.territory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Upserts the wilayas of data/wilayas.csv at start-up: a new law means a new file, not new code. */
@Component
@Order(0)
class WilayaReferenceLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WilayaReferenceLoader.class);

	private final Wilayas wilayas;

	private final Territory territory;

	WilayaReferenceLoader(Wilayas wilayas, Territory territory) {
		this.wilayas = wilayas;
		this.territory = territory;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		load();
	}

	@Transactional
	public void load() throws IOException {
		var existing = wilayas.findAll().stream()
			.collect(java.util.stream.Collectors.toMap(Wilaya::getCode, w -> w));
		int count = 0;
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("data/wilayas.csv").getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine(); // header
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				String[] f = line.split(",", -1);
				String parent = f[3].isBlank() ? null : f[3];
				LocalDate created = f[4].isBlank() ? null : LocalDate.parse(f[4]);
				Wilaya w = existing.get(f[0]);
				if (w == null) {
					wilayas.save(new Wilaya(f[0], f[1], f[2], parent, created));
				}
				else {
					w.update(f[1], f[2], parent, created);
				}
				count++;
			}
		}
		wilayas.flush();
		territory.invalidate();
		log.info("Territory: {} wilayas loaded", count);
	}
}
