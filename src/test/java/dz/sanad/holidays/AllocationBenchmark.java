package dz.sanad.holidays;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * bench/run allocation: the allocation of 100,000 applications over 50 offers × 4 shifts, against the time to
 * merely score and sort them (the lower bound of any allocation). Plain main, no JUnit, run with -Xmx512m; prints
 * one JSON line.
 */
public final class AllocationBenchmark {

	public static void main(String[] args) {
		int n = Integer.getInteger("applications", 100_000);
		int offers = Integer.getInteger("offers", 50);
		int shiftsPerOffer = Integer.getInteger("shifts", 4);
		int runs = Integer.getInteger("runs", 5);
		Allocator.Input input = dataset(n, offers, shiftsPerOffer, 2026);

		for (int i = 0; i < 3; i++) { // warm-up: JIT
			Allocator.allocate(input, null);
			Allocator.rank(input);
		}
		long[] alloc = new long[runs];
		long[] sort = new long[runs];
		Allocator.Result result = null;
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			result = Allocator.allocate(input, null);
			alloc[i] = System.nanoTime() - t0;
			t0 = System.nanoTime();
			Allocator.Scored[] sorted = Allocator.rank(input);
			sort[i] = System.nanoTime() - t0;
			if (sorted.length != n) {
				throw new IllegalStateException();
			}
		}
		Arrays.sort(alloc);
		Arrays.sort(sort);
		double allocMs = alloc[runs / 2] / 1e6;
		double sortMs = sort[runs / 2] / 1e6;
		long peakHeap = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peakHeap += pool.getPeakUsage().getUsed();
			}
		}
		long maxHeap = Runtime.getRuntime().maxMemory();
		int capacity = input.capacity().values().stream().mapToInt(Integer::intValue).sum();
		System.out.printf(java.util.Locale.ROOT,
				"{\"scenario\":\"allocation\",\"applications\":%d,\"offers\":%d,\"shifts\":%d,\"places\":%d,"
						+ "\"placed\":%d,\"waiting\":%d,\"allocation_ms\":%.1f,\"sort_ms\":%.1f,\"ratio\":%.2f,"
						+ "\"runs\":%d,\"max_heap_mb\":%d,\"peak_heap_mb\":%d,"
						+ "\"target\":\"allocation<=5000ms with heap<=512MB\",\"ok\":%b}%n",
				n, offers, offers * shiftsPerOffer, capacity, result.placed(), result.waiting(), allocMs, sortMs,
				allocMs / sortMs, runs, maxHeap >> 20, peakHeap >> 20, allocMs <= 5000 && maxHeap <= 512L << 20);
	}

	/** A national-looking season: 69 wilayas with quotas, families with siblings, the seven default criteria. */
	static Allocator.Input dataset(int n, int offers, int shiftsPerOffer, long seed) {
		SplittableRandom r = new SplittableRandom(seed);
		List<Allocator.Criterion> criteria = new ArrayList<>();
		for (Object[] c : DefaultCriteria.ROWS) {
			criteria.add(new Allocator.Criterion((String) c[0], (Integer) c[4]));
		}
		Map<Long, Integer> capacity = new LinkedHashMap<>();
		long[] shiftIds = new long[offers * shiftsPerOffer];
		for (int i = 0; i < shiftIds.length; i++) {
			shiftIds[i] = 1000 + i;
			capacity.put(shiftIds[i], 120 + r.nextInt(160)); // about 40,000 places for 100,000 applicants
		}
		Map<String, Integer> quotas = new HashMap<>();
		for (int w = 1; w <= 69; w++) {
			quotas.put(String.format("%02d", w), 400 + r.nextInt(600));
		}
		List<Allocator.Applicant> apps = new ArrayList<>(n);
		long family = 0;
		int left = 0;
		String wilaya = "16";
		boolean together = false;
		for (int i = 1; i <= n; i++) {
			if (left == 0) { // a new family of 1 to 3 applying children
				family++;
				left = 1 + r.nextInt(3);
				wilaya = String.format("%02d", 1 + r.nextInt(69));
				together = left > 1 && r.nextInt(3) == 0;
			}
			left--;
			int k = 1 + r.nextInt(3);
			long[] choices = new long[k];
			for (int c = 0; c < k; c++) {
				long s;
				do {
					s = shiftIds[r.nextInt(shiftIds.length)];
				}
				while (contains(choices, c, s));
				choices[c] = s;
			}
			Map<String, Integer> values = new HashMap<>(10);
			values.put("MARTYR_CHILD", r.nextInt(100) == 0 ? 1 : 0);
			values.put("ORPHAN", r.nextInt(40) == 0 ? 1 : 0);
			values.put("DISABILITY", r.nextInt(50) == 0 ? 1 : 0);
			values.put("LOWER_GRADE", 1 + r.nextInt(10));
			boolean first = r.nextInt(3) == 0;
			values.put("FIRST_TIME", first ? 1 : 0);
			values.put("YEARS_SINCE_LAST", first ? 5 : r.nextInt(5));
			values.put("CHILDREN_COUNT", 1 + r.nextInt(6));
			apps.add(new Allocator.Applicant(i, family, wilaya, choices, together, values));
		}
		return new Allocator.Input(seed, criteria, capacity, quotas, apps);
	}

	private static boolean contains(long[] a, int len, long v) {
		for (int i = 0; i < len; i++) {
			if (a[i] == v) {
				return true;
			}
		}
		return false;
	}
}
