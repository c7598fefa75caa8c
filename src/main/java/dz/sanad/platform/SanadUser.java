package dz.sanad.platform;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/** The logged-in person as every module sees it: role, scope unit and, for members, their member id. */
public final class SanadUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private String password;

	private final String fullName;

	private final Role role;

	private final Long scopeUnitId;

	private final Long memberId;

	private final boolean enabled;

	private final boolean locked;

	public SanadUser(long accountId, String username, String password, String fullName, Role role, Long scopeUnitId,
			Long memberId, boolean enabled, boolean locked) {
		this.accountId = accountId;
		this.username = username;
		this.password = password;
		this.fullName = fullName;
		this.role = role;
		this.scopeUnitId = scopeUnitId;
		this.memberId = memberId;
		this.enabled = enabled;
		this.locked = locked;
	}

	public long accountId() {
		return accountId;
	}

	public String fullName() {
		return fullName;
	}

	public Role role() {
		return role;
	}

	public Long scopeUnitId() {
		return scopeUnitId;
	}

	public Long memberId() {
		return memberId;
	}

	public boolean is(Role... roles) {
		for (Role r : roles) {
			if (r == role) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		password = null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SanadUser u && u.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		return username + " (" + role + ")";
	}
}
