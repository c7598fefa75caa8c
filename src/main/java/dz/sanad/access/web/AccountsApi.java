package dz.sanad.access.web;

import dz.sanad.access.Account;
import dz.sanad.access.AccountForm;
import dz.sanad.access.AccountService;
import dz.sanad.platform.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the API sets passwords: an administrator creating an account or resetting one, and anyone changing their
 * own. A refused password answers 422 with the reason in the caller's language (ApiErrors).
 */
@RestController
class AccountsApi {

	private final AccountService accounts;

	AccountsApi(AccountService accounts) {
		this.accounts = accounts;
	}

	record AccountDto(Long id, String username, String fullName, String role, Long scopeUnitId, boolean enabled) {

		static AccountDto of(Account a) {
			return new AccountDto(a.getId(), a.getUsername(), a.getFullName(), a.getRole().name(),
					a.getScopeUnitId(), a.isEnabled());
		}
	}

	record PasswordChange(String currentPassword, @NotNull String password) {
	}

	@PostMapping("/api/admin/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	AccountDto create(@Valid @RequestBody AccountForm form) {
		return AccountDto.of(accounts.create(form));
	}

	@PostMapping("/api/admin/accounts/{id:\\d+}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void reset(@PathVariable Long id, @Valid @RequestBody PasswordChange change) {
		accounts.resetPassword(id, change.password());
	}

	@PostMapping("/api/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changeOwn(@Valid @RequestBody PasswordChange change) {
		accounts.changeOwnPassword(CurrentUser.get().getUsername(), change.currentPassword(), change.password());
	}
}
