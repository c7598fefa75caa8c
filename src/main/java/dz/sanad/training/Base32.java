package dz.sanad.training;

/** Crockford-free plain RFC 4648 base32, lower case, no padding: URL-safe and easy to read aloud. */
final class Base32 {

	private Base32() {
	}

	private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

	static String encode(byte[] data) {
		StringBuilder sb = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : data) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				sb.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
				bits -= 5;
			}
		}
		if (bits > 0) {
			sb.append(ALPHABET[(buffer << (5 - bits)) & 31]);
		}
		return sb.toString();
	}
}
