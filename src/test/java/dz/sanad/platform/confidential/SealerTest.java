package dz.sanad.platform.confidential;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Encryption at rest without Spring: round trip, purpose binding, tampering, rotation, re-wrap, missing keys. */
class SealerTest {

	@TempDir
	Path dir;

	private Sealer sealer(boolean encrypt) {
		return new Sealer(dir.toString(), "", encrypt, true);
	}

	@Test
	void sealsAndOpensWithoutTheTextInTheBytes() {
		Sealer sealer = sealer(true);
		String note = "جلسة متابعة هادئة — séance calme";
		byte[] sealed = sealer.seal(note, "psychology.note");
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("calme");
		assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("séance").doesNotContain("جلسة");
		assertThat(sealer.open(sealed, "psychology.note")).isEqualTo(note);
		assertThat(sealer.seal(note, "psychology.note")).as("a fresh nonce each time").isNotEqualTo(sealed);
		assertThat(sealer.seal(null, "x")).isNull();
		assertThat(sealer.open(null, "x")).isNull();
	}

	@Test
	void aCiphertextOpensOnlyForItsPurposeAndUntampered() {
		Sealer sealer = sealer(true);
		byte[] sealed = sealer.seal("diagnostic", "health.diagnosis");
		assertThatThrownBy(() -> sealer.open(sealed, "health.note")).isInstanceOf(IllegalStateException.class);
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> sealer.open(sealed, "health.diagnosis")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void rotationKeepsOldCiphertextsReadableAndAnotherNodePicksTheNewKeyUp() {
		Sealer node1 = sealer(true);
		Sealer node2 = sealer(true);
		byte[] before = node1.seal("avant", "p");
		node1.rotate();
		assertThat(node1.keyCount()).isEqualTo(2);
		byte[] after = node1.seal("après", "p");
		// Tink's prefix (0x01 + key id) names the key: the new primary differs from the first
		assertThat(java.util.Arrays.copyOfRange(after, 0, 5)).isNotEqualTo(java.util.Arrays.copyOfRange(before, 0, 5));
		assertThat(node1.open(before, "p")).isEqualTo("avant");
		assertThat(node2.open(after, "p")).as("node 2 loaded the keyset before the rotation").isEqualTo("après");
	}

	@Test
	void rewrapChangesTheMasterKeyNotTheData() throws Exception {
		Sealer sealer = sealer(true);
		byte[] sealed = sealer.seal("texte", "p");
		String oldMaster = Files.readString(dir.resolve(Keys.MASTER_FILE));
		sealer.rewrap();
		assertThat(Files.readString(dir.resolve(Keys.MASTER_FILE))).isNotEqualTo(oldMaster);
		assertThat(sealer(true).open(sealed, "p")).isEqualTo("texte");
		// the keyset no longer opens with the old master key
		assertThatThrownBy(() -> Keys.keyset(dir, Keys.master(dir, oldMaster)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void withoutKeysOutsideDemoModeTheApplicationRefusesToStart() {
		assertThatThrownBy(() -> new Sealer(dir.resolve("none").toString(), "", true, false))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("--generate-keys");
		assertThat(KeyCommands.generateIfAsked(new String[] { "--generate-keys=" + dir.resolve("prod") })).isTrue();
		assertThat(new Sealer(dir.resolve("prod").toString(), "", true, false).seal("x", "p")).isNotEmpty();
	}

	@Test
	void theMasterKeyMayComeFromTheEnvironment() throws Exception {
		sealer(true);
		String master = Files.readString(dir.resolve(Keys.MASTER_FILE));
		Path other = dir.resolve("node");
		Files.createDirectories(other);
		Files.copy(dir.resolve(Keys.KEYSET_FILE), other.resolve(Keys.KEYSET_FILE));
		String base64 = java.util.Base64.getEncoder().encodeToString(master.getBytes(StandardCharsets.UTF_8));
		Sealer fromEnv = new Sealer(other.toString(), base64, true, false);
		assertThat(fromEnv.open(sealer(true).seal("x", "p"), "p")).isEqualTo("x");
	}

	@Test
	void theBenchmarkSwitchStoresAPlainMarkerThatStillOpens() {
		Sealer plain = sealer(false);
		byte[] stored = plain.seal("clair", "p");
		assertThat(stored[0]).isZero();
		assertThat(plain.open(stored, "p")).isEqualTo("clair");
		assertThat(sealer(true).open(stored, "p")).isEqualTo("clair");
	}
}
