package dz.sanad.access;

import dz.sanad.platform.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator types to create or edit an account. The password is only set on creation or reset. */
public class AccountForm {

	@NotBlank
	@Size(min = 3, max = 60, message = "{account.error.username-length}")
	@Pattern(regexp = "[a-z0-9._-]+", message = "{account.error.username-format}")
	private String username;

	@NotBlank
	@Size(max = 200)
	private String fullName;

	@Email
	@Size(max = 200)
	private String email;

	@NotNull
	private Role role;

	private Long scopeUnitId;

	private Long memberId;

	private boolean enabled = true;

	private String password;

	public static AccountForm ofAccount(Account a) {
		AccountForm f = new AccountForm();
		f.username = a.getUsername();
		f.fullName = a.getFullName();
		f.email = a.getEmail();
		f.role = a.getRole();
		f.scopeUnitId = a.getScopeUnitId();
		f.memberId = a.getMemberId();
		f.enabled = a.isEnabled();
		return f;
	}

	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT); }
	public String getFullName() { return fullName; }
	public void setFullName(String fullName) { this.fullName = fullName == null ? null : fullName.trim(); }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email == null || email.isBlank() ? null : email.trim(); }
	public Role getRole() { return role; }
	public void setRole(Role role) { this.role = role; }
	public Long getScopeUnitId() { return scopeUnitId; }
	public void setScopeUnitId(Long scopeUnitId) { this.scopeUnitId = scopeUnitId; }
	public Long getMemberId() { return memberId; }
	public void setMemberId(Long memberId) { this.memberId = memberId; }
	public boolean isEnabled() { return enabled; }
	public void setEnabled(boolean enabled) { this.enabled = enabled; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
}
