package dz.sanad.territory;

import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The territory module's API: the wilayas, held in memory (69 rows read on every page). */
@Service
public class Territory {

	private final Wilayas wilayas;

	private final AtomicReference<List<Wilaya>> cache = new AtomicReference<>();

	Territory(Wilayas wilayas) {
		this.wilayas = wilayas;
	}

	public List<Wilaya> wilayas() {
		List<Wilaya> all = cache.get();
		if (all == null) {
			all = List.copyOf(wilayas.findAllByOrderByCode());
			cache.set(all);
		}
		return all;
	}

	public Optional<Wilaya> wilaya(String code) {
		return Optional.ofNullable(byCode().get(code));
	}

	public boolean exists(String code) {
		return code != null && byCode().containsKey(code);
	}

	public Map<String, Wilaya> byCode() {
		return wilayas().stream().collect(Collectors.toMap(Wilaya::getCode, Function.identity()));
	}

	void invalidate() {
		cache.set(null);
	}
}
