package dz.sanad.people.imports;

/** An open-addressing set of longs (0 marks a free slot, so 0 itself is kept aside). */
final class LongSet {

	private long[] slots = new long[1 << 16];

	private int size;

	private boolean zero;

	boolean add(long k) {
		if (k == 0) {
			boolean added = !zero;
			zero = true;
			return added;
		}
		if (size * 2 >= slots.length) {
			long[] old = slots;
			slots = new long[old.length * 2];
			size = 0;
			for (long o : old) {
				if (o != 0) {
					insert(o);
				}
			}
		}
		return insert(k);
	}

	private boolean insert(long k) {
		int mask = slots.length - 1;
		int i = (int) (k ^ (k >>> 32)) * 0x9E3779B9 & mask;
		while (slots[i] != 0) {
			if (slots[i] == k) {
				return false;
			}
			i = (i + 1) & mask;
		}
		slots[i] = k;
		size++;
		return true;
	}

	/** FNV-1a: a 64-bit fingerprint keeps a million keys in a small set, collisions being negligible. */
	static long fnv64(String s) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < s.length(); i++) {
			h ^= s.charAt(i);
			h *= 0x100000001b3L;
		}
		return h;
	}
}
