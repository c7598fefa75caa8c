package dz.sanad.holidays;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The allocation itself: pure and deterministic, no database, no clock, no shared state. Score = Σ weight × value;
 * ties are broken by a lottery number derived from the published seed and the application id (a hash, so adding
 * one application never changes another's number), then by id. In score order each applicant gets the first of
 * their ranked choices that still has a free place and whose wilaya is under its quota; siblings who asked to be
 * together are placed together at the best-ranked sibling's turn when one shift can take them all.
 */
public final class Allocator {

	private Allocator() {
	}

	public record Criterion(String code, int weight) {
	}

	/** One applicant: criterion values by code, up to three shift ids in rank order. */
	public record Applicant(long id, long familyId, String wilaya, long[] choices, boolean together,
			Map<String, Integer> values) {
	}

	public record Input(long seed, List<Criterion> criteria, Map<Long, Integer> capacity, Map<String, Integer> quotas,
			List<Applicant> applicants) {
	}

	/** Why a choice was not given: the shift was full, or the wilaya's quota was used up. */
	public enum Refusal {
		FULL, QUOTA
	}

	public enum Siblings {
		TOGETHER, SPLIT
	}

	/**
	 * The outcome for one applicant. {@code choice} is 1..3 when placed, 0 when waiting; {@code refusals} says, for
	 * each better choice, why it was not given.
	 */
	public record Outcome(long applicationId, int score, Map<String, Integer> points, int rank, long lottery,
			Long placedShiftId, int choice, List<Refusal> refusals, Siblings siblings) {
	}

	public record Result(List<Outcome> outcomes, Map<Long, Integer> taken, int placed, int waiting) {
	}

	/** SplitMix64 finaliser of seed and id: a well-spread, reproducible lottery number. */
	public static long lottery(long seed, long applicationId) {
		long z = seed + applicationId * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return (z ^ (z >>> 31)) & Long.MAX_VALUE;
	}

	public static int score(List<Criterion> criteria, Map<String, Integer> values, Map<String, Integer> pointsOut) {
		int score = 0;
		for (Criterion c : criteria) {
			int p = c.weight() * values.getOrDefault(c.code(), 0);
			if (pointsOut != null) {
				pointsOut.put(c.code(), p);
			}
			score += p;
		}
		return score;
	}

	/** Applicants in allocation order: score descending, lottery ascending, id ascending. */
	static Scored[] rank(Input in) {
		List<Applicant> apps = in.applicants();
		Scored[] s = new Scored[apps.size()];
		for (int i = 0; i < s.length; i++) {
			Applicant a = apps.get(i);
			Map<String, Integer> points = new LinkedHashMap<>();
			s[i] = new Scored(a, score(in.criteria(), a.values(), points), lottery(in.seed(), a.id()), points);
		}
		Arrays.sort(s, ORDER);
		return s;
	}

	static final Comparator<Scored> ORDER = Comparator.comparingInt((Scored x) -> -x.score)
		.thenComparingLong(x -> x.lottery).thenComparingLong(x -> x.app.id());

	record Scored(Applicant app, int score, long lottery, Map<String, Integer> points) {
	}

	public static Result allocate(Input in, IntConsumer progress) {
		Scored[] order = rank(in);
		Map<Long, Integer> free = new HashMap<>(in.capacity());
		Map<String, Integer> quotaLeft = new HashMap<>(in.quotas());
		// siblings who asked to be together, by family
		Map<Long, List<Scored>> families = new HashMap<>();
		for (Scored s : order) {
			if (s.app.together()) {
				families.computeIfAbsent(s.app.familyId(), k -> new ArrayList<>()).add(s);
			}
		}
		Map<Long, Outcome> done = new HashMap<>();
		int n = order.length;
		int step = Math.max(1, n / 100);
		for (int i = 0; i < n; i++) {
			Scored s = order[i];
			if (!done.containsKey(s.app.id())) {
				List<Scored> siblings = s.app.together() ? families.get(s.app.familyId()) : null;
				if (siblings != null && siblings.size() > 1 && placeTogether(siblings, i, free, quotaLeft, done, order)) {
					// placed as a group at the best-ranked sibling's turn
				}
				else {
					placeAlone(s, rankOf(s, i), free, quotaLeft, done,
							siblings != null && siblings.size() > 1 ? Siblings.SPLIT : null);
				}
			}
			if (progress != null && (i + 1) % step == 0) {
				progress.accept((int) ((i + 1) * 100L / n));
			}
		}
		List<Outcome> outcomes = new ArrayList<>(n);
		int placed = 0;
		for (Scored s : order) {
			Outcome o = done.get(s.app.id());
			outcomes.add(o);
			if (o.placedShiftId() != null) {
				placed++;
			}
		}
		Map<Long, Integer> taken = new HashMap<>();
		in.capacity().forEach((shift, cap) -> taken.put(shift, cap - free.get(shift)));
		if (progress != null) {
			progress.accept(100);
		}
		return new Result(outcomes, taken, placed, n - placed);
	}

	private static int rankOf(Scored s, int index) {
		return index + 1;
	}

	private static void placeAlone(Scored s, int rank, Map<Long, Integer> free, Map<String, Integer> quotaLeft,
			Map<Long, Outcome> done, Siblings siblings) {
		List<Refusal> refusals = new ArrayList<>(3);
		long[] choices = s.app.choices();
		for (int c = 0; c < choices.length; c++) {
			long shift = choices[c];
			if (free.getOrDefault(shift, 0) <= 0) {
				refusals.add(Refusal.FULL);
				continue;
			}
			Integer q = quotaLeft.get(s.app.wilaya());
			if (q != null && q <= 0) {
				refusals.add(Refusal.QUOTA);
				continue;
			}
			take(shift, 1, s.app.wilaya(), free, quotaLeft);
			done.put(s.app.id(), new Outcome(s.app.id(), s.score, s.points, rank, s.lottery, shift, c + 1,
					List.copyOf(refusals), siblings));
			return;
		}
		done.put(s.app.id(), new Outcome(s.app.id(), s.score, s.points, rank, s.lottery, null, 0,
				List.copyOf(refusals), siblings));
	}

	/** Tries the leader's choices in order for a shift every sibling chose and that can take them all. */
	private static boolean placeTogether(List<Scored> family, int leaderIndex, Map<Long, Integer> free,
			Map<String, Integer> quotaLeft, Map<Long, Outcome> done, Scored[] order) {
		Scored leader = family.get(0);
		int size = family.size();
		List<Refusal> refusals = new ArrayList<>(3);
		long[] choices = leader.app.choices();
		for (int c = 0; c < choices.length; c++) {
			long shift = choices[c];
			boolean allChose = family.stream().allMatch(m -> contains(m.app.choices(), shift));
			if (!allChose) {
				continue;
			}
			if (free.getOrDefault(shift, 0) < size) {
				refusals.add(Refusal.FULL);
				continue;
			}
			Integer q = quotaLeft.get(leader.app.wilaya());
			if (q != null && q < size) {
				refusals.add(Refusal.QUOTA);
				continue;
			}
			take(shift, size, leader.app.wilaya(), free, quotaLeft);
			for (Scored m : family) {
				int choice = indexOf(m.app.choices(), shift) + 1;
				List<Refusal> own = m == leader ? List.copyOf(refusals) : List.of();
				done.put(m.app.id(), new Outcome(m.app.id(), m.score, m.points, m == leader ? leaderIndex + 1
						: indexIn(order, m) + 1, m.lottery, shift, choice, own, Siblings.TOGETHER));
			}
			return true;
		}
		return false;
	}

	private static void take(long shift, int places, String wilaya, Map<Long, Integer> free,
			Map<String, Integer> quotaLeft) {
		free.merge(shift, -places, Integer::sum);
		quotaLeft.computeIfPresent(wilaya, (k, v) -> v - places);
	}

	private static int indexIn(Scored[] order, Scored s) {
		int i = Arrays.binarySearch(order, s, ORDER);
		return i < 0 ? -1 : i;
	}

	private static boolean contains(long[] a, long v) {
		return indexOf(a, v) >= 0;
	}

	private static int indexOf(long[] a, long v) {
		for (int i = 0; i < a.length; i++) {
			if (a[i] == v) {
				return i;
			}
		}
		return -1;
	}
}
