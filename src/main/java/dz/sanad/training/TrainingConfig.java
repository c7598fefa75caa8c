package dz.sanad.training;

import dz.sanad.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrainingRules.class)
class TrainingConfig {

	private static final Logger log = LoggerFactory.getLogger(TrainingConfig.class);

	/**
	 * Certificates carry a QR code to the public verification page: outside demo mode, a missing public address
	 * would print QR codes that lead to localhost on every certificate, so the start says so plainly.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warnWithoutPublicAddress(ApplicationReadyEvent e) {
		Environment env = e.getApplicationContext().getEnvironment();
		DemoMode demo = e.getApplicationContext().getBean(DemoMode.class);
		if (!demo.isEnabled() && env.getProperty("sanad.training.public-url") == null) {
			log.warn("sanad.training.public-url (SANAD_TRAINING_PUBLICURL) is not set: certificate QR codes point to {}. "
					+ "Set it to the public address of the verification page.",
					e.getApplicationContext().getBean(TrainingRules.class).publicUrl());
		}
	}
}
