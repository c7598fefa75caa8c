package dz.sanad.access;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.DictionaryLoader;
import com.nulabinc.zxcvbn.matchers.Keyboard;
import com.nulabinc.zxcvbn.matchers.Match;
import com.nulabinc.zxcvbn.matchers.SlantedKeyboardLoader;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.DemoMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Length first (NIST SP 800-63B): 12 to 64 characters, any characters, no composition rules (they make passwords
 * shorter and predictable). Then what an attacker tries first is refused, each with its own reason: the published
 * demo password outside demo mode, the product's name, anything built on the username, and whatever zxcvbn
 * estimates guessable (below score 3) or mostly a keyboard walk. zxcvbn knows QWERTY; the French AZERTY layout
 * and a short list of French and Algerian favourites are shipped next to this class.
 */
@Component
public class PasswordPolicy {

	static final int MIN = 12;

	static final int MAX = 64;

	/** zxcvbn's "safely unguessable" (about 10^8 guesses and more). */
	private static final int MIN_SCORE = 3;

	private static final Zxcvbn ZXCVBN = build();

	private final boolean demo;

	@Autowired
	PasswordPolicy(DemoMode demoMode) {
		this(demoMode.isEnabled());
	}

	PasswordPolicy(boolean demo) {
		this.demo = demo;
	}

	/** The published demo password, which demo mode alone accepts (any case). */
	static boolean isDemoPassword(String password) {
		return password != null && password.toLowerCase(Locale.ROOT).equals(AccessDemoData.PASSWORD);
	}

	/** Refuses the password with a {@link BusinessException} on the field {@code password} saying why. */
	public void check(String username, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN) {
			throw BusinessException.onField("password", "password.error.too-short", MIN);
		}
		// bcrypt reads at most 72 bytes; 64 characters of Arabic are 128 bytes, so bound the bytes too
		if (password.codePointCount(0, password.length()) > MAX
				|| password.getBytes(StandardCharsets.UTF_8).length > 72) {
			throw BusinessException.onField("password", "password.error.too-long", MAX);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (isDemoPassword(password)) {
			if (demo) {
				return;
			}
			throw BusinessException.onField("password", "password.error.demo");
		}
		if (unleet(letters(lower)).contains("sanad") || lower.contains("سند")) {
			throw BusinessException.onField("password", "password.error.product");
		}
		if (builtOn(username, lower)) {
			throw BusinessException.onField("password", "password.error.username");
		}
		Strength strength = ZXCVBN.measure(password, username == null ? List.of() : List.of(username));
		String reason = reason(strength, password.length());
		if (reason != null) {
			throw BusinessException.onField("password", reason);
		}
	}

	/** The username, whole or a part of four letters or more, reversed or in leetspeak, inside the password. */
	private static boolean builtOn(String username, String lowerPassword) {
		if (username == null || username.isBlank()) {
			return false;
		}
		String user = username.toLowerCase(Locale.ROOT);
		String plain = letters(lowerPassword);
		List<String> parts = new ArrayList<>();
		parts.add(letters(user));
		// the words of the username, split at anything but letters ("clerkb2fr" → "clerkb"), of four letters or more
		for (String part : user.split("[^\\p{L}\\p{N}]+|(?<=\\p{N})(?=\\p{L})|(?<=\\p{L})(?=\\p{N})")) {
			if (part.length() >= 4) {
				parts.add(part);
			}
		}
		String alpha = user.replaceAll("[^\\p{L}]", "");
		if (alpha.length() >= 4) {
			parts.add(alpha);
		}
		for (String part : parts) {
			if (part.length() < 3) {
				continue;
			}
			String reversed = new StringBuilder(part).reverse().toString();
			if (plain.contains(part) || unleet(plain).contains(unleet(part))
					|| (part.length() >= 4 && plain.contains(reversed))) {
				return true;
			}
		}
		return false;
	}

	/** Why zxcvbn finds it guessable, named after the pattern that covers most of it; null if strong enough. */
	private static String reason(Strength strength, int length) {
		int spatial = 0;
		Match longest = null;
		for (Match m : strength.getSequence()) {
			if (m.pattern == com.nulabinc.zxcvbn.Pattern.Spatial) {
				spatial += m.token.length();
			}
			if (m.pattern != com.nulabinc.zxcvbn.Pattern.Bruteforce
					&& (longest == null || m.token.length() > longest.token.length())) {
				longest = m;
			}
		}
		// zxcvbn rates walks with many turns (zsedrftgyhuj) or a few short ones (azerqsdfwxcv) too kindly
		if (spatial * 3 >= length * 2) {
			return "password.error.keyboard";
		}
		if (strength.getScore() >= MIN_SCORE) {
			return null;
		}
		if (longest == null) {
			return "password.error.weak";
		}
		return switch (longest.pattern) {
			case Spatial -> "password.error.keyboard";
			case Dictionary -> "password.error.common";
			case Repeat -> "password.error.repeat";
			case Sequence -> "password.error.sequence";
			default -> "password.error.weak";
		};
	}

	private static String letters(String s) {
		return s.replaceAll("[^\\p{L}\\p{N}@$!|]", "");
	}

	private static String unleet(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			out.append(switch (c) {
				case '4', '@' -> 'a';
				case '3' -> 'e';
				case '1', '!', '|' -> 'i';
				case '0' -> 'o';
				case '5', '$' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		return out.toString();
	}

	private static java.io.InputStream resource(String name) throws IOException {
		java.io.InputStream in = PasswordPolicy.class.getResourceAsStream(name);
		if (in == null) {
			throw new java.io.FileNotFoundException(name);
		}
		return in;
	}

	private static Zxcvbn build() {
		try {
			List<Keyboard> keyboards = new ArrayList<>(StandardKeyboards.loadAllKeyboards());
			keyboards.add(new SlantedKeyboardLoader("azerty", () -> resource("azerty.txt")).load());
			var dictionaries = new ArrayList<>(StandardDictionaries.loadAllDictionaries());
			dictionaries.add(new DictionaryLoader("french_algerian", () -> resource("common-passwords-fr.txt")).load());
			return new ZxcvbnBuilder().dictionaries(dictionaries).keyboards(keyboards).build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
