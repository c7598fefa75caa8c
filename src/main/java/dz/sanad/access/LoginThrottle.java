package dz.sanad.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Sliding windows of failed logins per address and per account, kept in PostgreSQL so every node sees the same
 * counts. A success clears nothing: an attacker owning one account cannot reset the window of his address.
 */
@Component
class LoginThrottle {

	private final JdbcTemplate jdbc;

	private final int maxPerAddress;

	private final int maxPerAccount;

	private final Duration window;

	private final Clock clock = Clock.systemUTC();

	LoginThrottle(JdbcTemplate jdbc, @Value("${sanad.login.max-failures-per-address:30}") int maxPerAddress,
			@Value("${sanad.login.max-attempts:5}") int maxPerAccount,
			@Value("${sanad.login.address-window:15m}") Duration window) {
		this.jdbc = jdbc;
		this.maxPerAddress = maxPerAddress;
		this.maxPerAccount = maxPerAccount;
		this.window = window;
	}

	/** True when this address failed too often lately, whatever the accounts tried. */
	boolean addressBlocked(String address) {
		return count("address", address) >= maxPerAddress;
	}

	/** True when this username failed too often lately; unknown names count exactly like real ones. */
	boolean accountBlocked(String username) {
		return count("username", normalise(username)) >= maxPerAccount;
	}

	private int count(String column, String value) {
		Integer n = jdbc.queryForObject("select count(*) from login_failures where " + column + " = ? and failed_at > ?",
				Integer.class, value, Timestamp.from(Instant.now(clock).minus(window)));
		return n == null ? 0 : n;
	}

	void failed(String address, String username) {
		Instant now = Instant.now(clock);
		jdbc.update("insert into login_failures (address, username, failed_at) values (?, ?, ?)", address,
				normalise(username), Timestamp.from(now));
		// keep the table small: rows older than the window count for nothing
		jdbc.update("delete from login_failures where failed_at < ?", Timestamp.from(now.minus(window.multipliedBy(2))));
	}

	/** An administrator's unlock or password reset lifts the account window (never the address window). */
	void forgetAccount(String username) {
		jdbc.update("delete from login_failures where username = ?", normalise(username));
	}

	static String normalise(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}
}
