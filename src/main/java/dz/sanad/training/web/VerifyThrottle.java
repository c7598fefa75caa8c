package dz.sanad.training.web;

import dz.sanad.training.TrainingRules;
import org.springframework.stereotype.Component;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address for the public verification page: {@code verifyPerMinute} requests a
 * minute, refilled continuously, so nobody can walk through codes. In memory: per node, which is enough to make
 * enumeration pointless (codes carry 128 random bits anyway).
 */
@Component("trainingVerifyThrottle")
class VerifyThrottle {

	private static final class Bucket {
		double tokens;

		long last;

		Bucket(double tokens, long last) {
			this.tokens = tokens;
			this.last = last;
		}
	}

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final double capacity;

	private final double perNano;

	VerifyThrottle(TrainingRules rules) {
		this.capacity = rules.verifyPerMinute();
		this.perNano = capacity / 60e9;
	}

	boolean tryAcquire(String address) {
		long now = System.nanoTime();
		if (buckets.size() > 50_000) {
			evictFull(now);
		}
		Bucket b = buckets.computeIfAbsent(address, a -> new Bucket(capacity, now));
		synchronized (b) {
			b.tokens = Math.min(capacity, b.tokens + (now - b.last) * perNano);
			b.last = now;
			if (b.tokens >= 1) {
				b.tokens -= 1;
				return true;
			}
			return false;
		}
	}

	/** Forgets addresses whose bucket has refilled: they are indistinguishable from new ones. */
	private void evictFull(long now) {
		for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext();) {
			Bucket b = it.next();
			if (b.tokens + (now - b.last) * perNano >= capacity) {
				it.remove();
			}
		}
	}
}
