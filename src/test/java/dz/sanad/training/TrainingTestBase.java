package dz.sanad.training;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dz.sanad.support.FreePort;
import dz.sanad.people.Member;
import dz.sanad.people.Members;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shared set-up of the training tests: the whole application (one cached context for all of them) with its mail
 * sent to GreenMail, and helpers to act as a demo user in service calls.
 */
@IntegrationTest
abstract class TrainingTestBase {

	static final int SMTP_PORT = FreePort.get();

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Members members;

	SanadUser user(String username) {
		return (SanadUser) users.loadUserByUsername(username);
	}

	/** Runs the following service calls as this demo user. */
	SanadUser actAs(String username) {
		SanadUser u = user(username);
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(u, null,
				u.getAuthorities()));
		return u;
	}

	/** A fresh member of a wilaya (so tests never collide with demo nominations). */
	Member newMember(String wilaya, dz.sanad.people.MemberFunction function, String email) {
		int n = SEQ.incrementAndGet();
		Member m = new Member("T" + wilaya + "-" + System.nanoTime() % 100000 + n, "عضو", "تجريبي", "M", wilaya);
		m.setFirstNameLat("Test");
		m.setLastNameLat("Member" + n);
		m.setFunction(function);
		m.setEmail(email);
		return members.save(m);
	}

	static String unique(String prefix) {
		return prefix + "-" + SEQ.incrementAndGet() + "-" + (System.nanoTime() % 10000);
	}
}
