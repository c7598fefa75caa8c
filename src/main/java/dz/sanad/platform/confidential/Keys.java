package dz.sanad.platform.confidential;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Envelope keys, kept outside the database. The data keyset (AES-256-GCM, several keys, one primary) is stored
 * encrypted by a master key; the master key is a Tink keyset of its own, from {@code SANAD_MASTER_KEY} (its JSON,
 * or that JSON in base64) or from {@code master.json} in the key folder. A database dump alone reveals nothing;
 * the keyset file alone neither.
 */
final class Keys {

	static final String KEYSET_FILE = "keyset.json";

	static final String MASTER_FILE = "master.json";

	/** Binds the encrypted keyset to its use, so another Tink keyset wrapped by the same master cannot pass for it. */
	private static final byte[] KEYSET_AD = "sanad.confidential.keyset".getBytes(StandardCharsets.UTF_8);

	static {
		try {
			AeadConfig.register();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private Keys() {
	}

	/** The master key's AEAD: from the environment value when given, else from the key folder. */
	static Aead master(Path dir, String fromEnvironment) {
		String json = fromEnvironment != null && !fromEnvironment.isBlank() ? decodeEnvironment(fromEnvironment)
				: read(dir.resolve(MASTER_FILE));
		try {
			return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get())
				.getPrimitive(RegistryConfiguration.get(), Aead.class);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The master key is not a valid Tink keyset", e);
		}
	}

	static KeysetHandle keyset(Path dir, Aead master) {
		try {
			return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(read(dir.resolve(KEYSET_FILE)), master, KEYSET_AD);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The keyset cannot be opened with this master key", e);
		}
	}

	static boolean exist(Path dir, String masterFromEnvironment) {
		boolean master = (masterFromEnvironment != null && !masterFromEnvironment.isBlank())
				|| Files.exists(dir.resolve(MASTER_FILE));
		return master && Files.exists(dir.resolve(KEYSET_FILE));
	}

	/** A new master key file (unless the environment holds one) and a new keyset wrapped by it. */
	static void generate(Path dir, String masterFromEnvironment) {
		try {
			Files.createDirectories(dir);
			if (masterFromEnvironment == null || masterFromEnvironment.isBlank()) {
				if (!Files.exists(dir.resolve(MASTER_FILE))) {
					write(dir.resolve(MASTER_FILE), TinkJsonProtoKeysetFormat.serializeKeyset(
							KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get()));
				}
			}
			save(dir, KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), master(dir, masterFromEnvironment));
		}
		catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException("Cannot generate keys in " + dir, e);
		}
	}

	/** Adds a new primary data key: new writes use it, every older ciphertext stays readable. */
	static KeysetHandle rotate(Path dir, Aead master) {
		try {
			KeysetHandle rotated = KeysetHandle.newBuilder(keyset(dir, master))
				.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId()
					.makePrimary())
				.build();
			save(dir, rotated, master);
			return rotated;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Re-wraps the keyset under a new master key file (the old one is kept as master.json.previous). */
	static void rewrap(Path dir, Aead oldMaster) {
		KeysetHandle keys = keyset(dir, oldMaster);
		try {
			Path masterFile = dir.resolve(MASTER_FILE);
			if (Files.exists(masterFile)) {
				Files.copy(masterFile, dir.resolve(MASTER_FILE + ".previous"), StandardCopyOption.REPLACE_EXISTING);
			}
			write(masterFile, TinkJsonProtoKeysetFormat.serializeKeyset(
					KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get()));
			save(dir, keys, master(dir, null));
		}
		catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void save(Path dir, KeysetHandle keys, Aead master) {
		try {
			write(dir.resolve(KEYSET_FILE), TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(keys, master, KEYSET_AD));
		}
		catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Written beside and moved into place: a reader never sees half a file. Owner-only where the system allows. */
	private static void write(Path file, String content) throws IOException {
		Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
		Files.writeString(tmp, content, StandardCharsets.UTF_8);
		try {
			Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException e) {
			// not a POSIX file system: the folder's own permissions apply
		}
		Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + file, e);
		}
	}

	private static String decodeEnvironment(String value) {
		String v = value.strip();
		return v.startsWith("{") ? v : new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8);
	}
}
