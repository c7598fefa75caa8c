package dz.sanad.platform.confidential;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * Key commands, printed and exited:
 * {@code java -jar sanad.jar --generate-keys=<folder>} (before Spring starts: no database needed) writes a master
 * key and a keyset; {@code --rotate-keys} adds a new primary data key (nodes still running read both; they pick the
 * new keyset up the first time they meet a ciphertext under it); {@code --rewrap-keys} wraps the keyset under a new
 * master key file. Neither touches the data, so nothing stops meanwhile.
 */
@Component
@Order(Integer.MAX_VALUE)
public class KeyCommands implements ApplicationRunner {

	private final Sealer sealer;

	private final ApplicationContext context;

	KeyCommands(Sealer sealer, ApplicationContext context) {
		this.sealer = sealer;
		this.context = context;
	}

	/** Handles {@code --generate-keys=<folder>}; true when it did (the caller then exits). */
	public static boolean generateIfAsked(String[] args) {
		for (String arg : args) {
			if (arg.startsWith("--generate-keys=")) {
				Path dir = Path.of(arg.substring("--generate-keys=".length())).toAbsolutePath();
				if (Keys.exist(dir, null)) {
					System.out.println("Keys already exist in " + dir + ": nothing written");
				}
				else {
					Keys.generate(dir, null);
					System.out.println("Keys written to " + dir + " (master.json, keyset.json); start with "
							+ "--sanad.confidential.key-dir=" + dir);
				}
				return true;
			}
		}
		return false;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean rotate = args.containsOption("rotate-keys");
		boolean rewrap = args.containsOption("rewrap-keys");
		if (!rotate && !rewrap) {
			return;
		}
		if (rotate) {
			sealer.rotate();
			System.out.println("New primary data key added: " + sealer.keyCount() + " keys in the keyset");
		}
		if (rewrap) {
			sealer.rewrap();
			System.out.println("Keyset re-wrapped under a new master key (the previous one kept as "
					+ "master.json.previous until you delete it)");
		}
		System.exit(SpringApplication.exit(context, () -> 0));
	}
}
