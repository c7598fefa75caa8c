package dz.sanad.platform.confidential;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * Encryption at rest of sensitive fields, in the application: AES-256-GCM through Tink, the purpose as associated
 * data (a note's ciphertext cannot be passed off as a diagnosis). Keys live outside the database ({@link Keys});
 * in demo mode they are generated under {@code ./data/keys} on first start, elsewhere they must be provided.
 * {@code sanad.confidential.encrypt=false} stores a plain marker instead, for the benchmark's cost ratio only.
 */
@Component
public class Sealer {

	private static final Logger log = LoggerFactory.getLogger(Sealer.class);

	/** First byte of a value stored without encryption (Tink's own ciphertexts start with 0x01). */
	private static final byte PLAIN = 0x00;

	private final Path dir;

	private final String masterFromEnvironment;

	private final boolean encrypt;

	private volatile Aead aead;

	Sealer(@Value("${sanad.confidential.key-dir:data/keys}") String dir,
			@Value("${SANAD_MASTER_KEY:${sanad.confidential.master-key:}}") String masterFromEnvironment,
			@Value("${sanad.confidential.encrypt:true}") boolean encrypt,
			@Value("${sanad.confidential.generate-keys:${sanad.demo.enabled:false}}") boolean generateKeys) {
		this.dir = Path.of(dir).toAbsolutePath();
		this.masterFromEnvironment = masterFromEnvironment;
		this.encrypt = encrypt;
		if (!Keys.exist(this.dir, masterFromEnvironment)) {
			if (!generateKeys) {
				throw new IllegalStateException("No encryption keys in " + this.dir + ": run `java -jar sanad.jar "
						+ "--generate-keys=<folder>` once, keep the folder outside the database host's backups, and "
						+ "set sanad.confidential.key-dir (or SANAD_MASTER_KEY for the master key)");
			}
			Keys.generate(this.dir, masterFromEnvironment);
			log.info("Generated the encryption keys of sensitive records in {}", this.dir);
		}
		if (!encrypt) {
			log.warn("sanad.confidential.encrypt=false: sensitive fields are stored UNENCRYPTED (benchmark only)");
		}
		this.aead = load();
	}

	/** The sealed bytes of a text for a purpose (e.g. "psychology.note"); null stays null. */
	public byte[] seal(String plaintext, String purpose) {
		if (plaintext == null) {
			return null;
		}
		byte[] bytes = plaintext.getBytes(StandardCharsets.UTF_8);
		if (!encrypt) {
			byte[] marked = new byte[bytes.length + 1];
			marked[0] = PLAIN;
			System.arraycopy(bytes, 0, marked, 1, bytes.length);
			return marked;
		}
		try {
			return aead.encrypt(bytes, ad(purpose));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot seal a " + purpose, e);
		}
	}

	/** The text back; a wrong purpose or a tampered value is refused ({@link IllegalStateException}). */
	public String open(byte[] sealed, String purpose) {
		if (sealed == null) {
			return null;
		}
		if (sealed.length > 0 && sealed[0] == PLAIN) {
			return new String(sealed, 1, sealed.length - 1, StandardCharsets.UTF_8);
		}
		try {
			return decrypt(sealed, purpose);
		}
		catch (GeneralSecurityException first) {
			// another node may have rotated the keys since this one loaded them: reload once and retry
			aead = load();
			try {
				return decrypt(sealed, purpose);
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException("Cannot open a " + purpose + " (wrong key, purpose or tampered)", e);
			}
		}
	}

	/** Adds a new primary key (the rotation command); this node writes with it from now on. */
	void rotate() {
		Keys.rotate(dir, Keys.master(dir, masterFromEnvironment));
		aead = load();
	}

	/** Re-wraps the keyset under a new master key file; the data is not touched. */
	void rewrap() {
		if (masterFromEnvironment != null && !masterFromEnvironment.isBlank()) {
			throw new IllegalStateException("The master key comes from SANAD_MASTER_KEY: replace it there");
		}
		Keys.rewrap(dir, Keys.master(dir, null));
		aead = load();
	}

	int keyCount() {
		return Keys.keyset(dir, Keys.master(dir, masterFromEnvironment)).size();
	}

	private String decrypt(byte[] sealed, String purpose) throws GeneralSecurityException {
		return new String(aead.decrypt(sealed, ad(purpose)), StandardCharsets.UTF_8);
	}

	private Aead load() {
		try {
			return Keys.keyset(dir, Keys.master(dir, masterFromEnvironment))
				.getPrimitive(RegistryConfiguration.get(), Aead.class);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] ad(String purpose) {
		return (purpose == null ? "" : purpose).getBytes(StandardCharsets.UTF_8);
	}
}
