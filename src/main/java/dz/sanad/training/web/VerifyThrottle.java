package dz.sanad.training.web;

import dz.sanad.platform.RateLimit;
import dz.sanad.training.TrainingRules;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The public verification page admits {@code verifyPerMinute} requests a minute per client address, counted in
 * PostgreSQL: the limit is the same whichever node a request lands on, so nobody walks through codes by spreading
 * requests over nodes (codes carry 128 random bits anyway).
 */
@Component("trainingVerifyThrottle")
class VerifyThrottle {

	static final String NAME = "training.verify";

	private final RateLimit limits;

	private final int perMinute;

	VerifyThrottle(RateLimit limits, TrainingRules rules) {
		this.limits = limits;
		this.perMinute = rules.verifyPerMinute();
	}

	boolean tryAcquire(String address) {
		return limits.tryAcquire(NAME, address, perMinute, Duration.ofMinutes(1));
	}
}
