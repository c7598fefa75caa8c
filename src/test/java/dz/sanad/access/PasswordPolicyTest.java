package dz.sanad.access;

import dz.sanad.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

	private final PasswordPolicy production = new PasswordPolicy(false);

	private final PasswordPolicy demo = new PasswordPolicy(true);

	@Test
	void lengthFirst() {
		assertThatThrownBy(() -> production.check("ali", "short-pass1")).isInstanceOf(BusinessException.class)
			.extracting("messageKey").isEqualTo("password.error.too-short");
		assertThatCode(() -> production.check("ali", "correct horse battery")).doesNotThrowAnyException();
		assertThatCode(() -> production.check("ali", "كلمة سر طويلة")).doesNotThrowAnyException();
		assertThatThrownBy(() -> production.check("ali", "x".repeat(65))).extracting("messageKey")
			.isEqualTo("password.error.too-long");
	}

	/** The three the outside review got accepted, each refused with its own reason, on the password field. */
	@ParameterizedTest
	@CsvSource({ "azertyuiop12,password.error.keyboard", "sanad-demo-2026,password.error.demo",
			"sanadsanad2026,password.error.product" })
	void theReviewsThreeAreRefused(String password, String reason) {
		BusinessException e = refused("fatima.b", password);
		assertThat(e.messageKey()).isEqualTo(reason);
		assertThat(e.field()).isEqualTo("password");
	}

	@ParameterizedTest
	@ValueSource(strings = { "azertyuiopqsdf", "qsdfghjklm12", "wxcvbn123456", "&é\"'(-è_çà12", "azerqsdfwxcv",
			"aqwzsxedcrfv", "poiuytrezaqs", "qwertyuiop12", "zsedrftgyhuj" })
	void keyboardWalksIncludingAzertyAreRefused(String password) {
		assertThat(refused("fatima.b", password).messageKey()).isIn("password.error.keyboard",
				"password.error.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "motdepasse2026", "soleil123456", "bonjour123456", "algerie12345", "123456789012",
			"abababababab", "Sanad2026!!!!", "S4N4D-is-my-password", "مرحبا سند 2026" })
	void commonAndProductPasswordsAreRefused(String password) {
		refused("fatima.b", password);
	}

	@ParameterizedTest
	@ValueSource(strings = { "benali-2026-benali", "Benali.Karim.99!", "k4rim-b3n4li-x", "ilaneb-ilaneb-7",
			"wilaya-wilaya-99" })
	void anythingBuiltOnTheUsernameIsRefused(String password) {
		String username = password.startsWith("wilaya") ? "wilaya16" : "benali.karim";
		assertThat(refused(username, password).messageKey()).isEqualTo("password.error.username");
	}

	@Test
	void aUsernameWithDigitsInsideItIsStillFoundInThePassword() {
		// "clerkb2fr": its letters before the digit are a word of its own
		assertThat(refused("clerkb2fr", "clerkb2026xyz").messageKey()).isEqualTo("password.error.username");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a long enough passphrase", "plumes-vertes-oued", "kettle orange 1987",
			"quiet-harbour-lantern-2026", "زيتون الهضاب العليا" })
	void strongPasswordsAreAccepted(String password) {
		assertThatCode(() -> production.check("benali.karim", password)).doesNotThrowAnyException();
	}

	@Test
	void theDemoPasswordOnlyInDemoMode() {
		assertThatCode(() -> demo.check("trainer2", "sanad-demo-2026")).doesNotThrowAnyException();
		assertThat(refused("trainer2", "sanad-demo-2026").messageKey()).isEqualTo("password.error.demo");
		assertThat(refused("trainer2", "SANAD-DEMO-2026").messageKey()).isEqualTo("password.error.demo");
		// demo mode lets through the published password only, not the rest of the rules
		assertThatThrownBy(() -> demo.check("trainer2", "sanadsanad2026")).extracting("messageKey")
			.isEqualTo("password.error.product");
	}

	private BusinessException refused(String username, String password) {
		try {
			production.check(username, password);
		}
		catch (BusinessException e) {
			return e;
		}
		throw new AssertionError("accepted: " + password);
	}
}
