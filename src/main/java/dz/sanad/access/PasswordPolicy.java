package dz.sanad.access;

import dz.sanad.platform.BusinessException;

import java.util.Locale;
import java.util.Set;

/**
 * Length first (NIST SP 800-63B): 12 to 64 characters, any characters, not the username, not a well-known
 * password. No composition rules: they make passwords shorter and predictable.
 */
final class PasswordPolicy {

	static final int MIN = 12;

	static final int MAX = 64;

	private static final Set<String> COMMON = Set.of("123456789012", "azertyuiopqs", "qwertyuiopas", "password1234",
			"motdepasse12", "000000000000", "111111111111", "administrator", "sanad-sanad-", "aaaaaaaaaaaa");

	private PasswordPolicy() {
	}

	static void check(String username, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN) {
			throw new BusinessException("password", "password.error.too-short", MIN);
		}
		// bcrypt reads at most 72 bytes; 64 characters of Arabic are 128 bytes, so bound the bytes too
		if (password.codePointCount(0, password.length()) > MAX
				|| password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
			throw new BusinessException("password", "password.error.too-long", MAX);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (lower.contains(username.toLowerCase(Locale.ROOT)) || COMMON.contains(lower)
				|| lower.chars().distinct().count() < 4) {
			throw new BusinessException("password", "password.error.weak");
		}
	}
}
