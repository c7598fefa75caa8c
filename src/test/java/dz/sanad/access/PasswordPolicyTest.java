package dz.sanad.access;

import dz.sanad.platform.BusinessException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

	@Test
	void lengthFirst() {
		assertThatThrownBy(() -> PasswordPolicy.check("ali", "short-pass1")).isInstanceOf(BusinessException.class)
			.extracting("messageKey").isEqualTo("password.error.too-short");
		assertThatCode(() -> PasswordPolicy.check("ali", "correct horse battery")).doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("ali", "كلمة سر طويلة")).doesNotThrowAnyException();
		assertThatThrownBy(() -> PasswordPolicy.check("ali", "x".repeat(65))).extracting("messageKey")
			.isEqualTo("password.error.too-long");
	}

	@Test
	void refusesGuessablePasswords() {
		assertThatThrownBy(() -> PasswordPolicy.check("benali", "benali-2026-benali")).extracting("messageKey")
			.isEqualTo("password.error.weak");
		assertThatThrownBy(() -> PasswordPolicy.check("ali", "123456789012")).extracting("messageKey")
			.isEqualTo("password.error.weak");
		assertThatThrownBy(() -> PasswordPolicy.check("ali", "abababababab")).extracting("messageKey")
			.isEqualTo("password.error.weak");
	}
}
