package dz.sanad.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-address throttle in front of the per-account lockout: an address that fails too often in a window is turned
 * away for the rest of it, so one machine cannot try passwords across many accounts. Node-local by design (cheap,
 * no shared state); the per-account lockout is in the database and holds across nodes.
 */
@Component
class LoginThrottle {

	private record Window(long start, int failures) {
	}

	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	private final int maxPerWindow;

	private final long windowMillis;

	private final Clock clock = Clock.systemUTC();

	LoginThrottle(@Value("${sanad.login.max-failures-per-address:30}") int maxPerWindow,
			@Value("${sanad.login.address-window:15m}") Duration window) {
		this.maxPerWindow = maxPerWindow;
		this.windowMillis = window.toMillis();
	}

	boolean isBlocked(String address) {
		Window w = windows.get(address);
		return w != null && clock.millis() - w.start() < windowMillis && w.failures() >= maxPerWindow;
	}

	void failed(String address) {
		long now = clock.millis();
		windows.compute(address, (k, w) -> w == null || now - w.start() >= windowMillis ? new Window(now, 1)
				: new Window(w.start(), w.failures() + 1));
		if (windows.size() > 10_000) {
			windows.entrySet().removeIf(e -> now - e.getValue().start() >= windowMillis);
		}
	}

	void succeeded(String address) {
		windows.remove(address);
	}
}
