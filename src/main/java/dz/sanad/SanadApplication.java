package dz.sanad;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableAsync
@EnableScheduling
public class SanadApplication {

	public static void main(String[] args) {
		if (dz.sanad.platform.confidential.KeyCommands.generateIfAsked(args)) {
			return;
		}
		SpringApplication.run(SanadApplication.class, args);
	}
}
