package dz.sanad.psychology.instruments.web;

import dz.sanad.platform.RateLimit;
import dz.sanad.psychology.instruments.SelfCheckCounts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The self-check's only message to the server: which instrument and which band, counted anonymously. Rate-limited
 * per client so nobody inflates the counts; the limiter keys on a keyed hash of the address, never the address
 * itself (the key is {@code sanad.instruments.selfcheck-salt}, the same on every node; a random one per node when
 * unset, which then limits per node).
 */
@RestController
class SelfCheckApi {

	static final String LIMIT = "psychology.selfcheck";

	static final int PER_WINDOW = 10;

	static final Duration WINDOW = Duration.ofMinutes(10);

	record Count(String instrument, String band) {
	}

	private final SelfCheckCounts counts;

	private final RateLimit limits;

	private final byte[] salt;

	SelfCheckApi(SelfCheckCounts counts, RateLimit limits,
			@Value("${sanad.instruments.selfcheck-salt:}") String configuredSalt) {
		this.counts = counts;
		this.limits = limits;
		if (configuredSalt.isBlank()) {
			this.salt = new byte[32];
			new SecureRandom().nextBytes(this.salt);
		}
		else {
			this.salt = Base64.getDecoder().decode(configuredSalt);
		}
	}

	@PostMapping("/api/self-check/count")
	ResponseEntity<Void> count(@RequestBody Count count, HttpServletRequest request) {
		if (!limits.tryAcquire(LIMIT, client(request.getRemoteAddr()), PER_WINDOW, WINDOW)) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "600").build();
		}
		counts.count(count.instrument(), count.band());
		return ResponseEntity.noContent().build();
	}

	String client(String address) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(salt, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8)), 0,
					16);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
