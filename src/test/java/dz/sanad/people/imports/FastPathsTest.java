package dz.sanad.people.imports;

import dz.sanad.people.NameNormalizer;
import dz.sanad.people.PersonRules;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written fast paths the importer relies on give the same answers as the general ones. */
class FastPathsTest {

	@Test
	void namesFoldAsBefore() {
		assertThat(NameNormalizer.latin("BEN-ALI Karim")).isEqualTo("benalikarim");
		assertThat(NameNormalizer.latin("O'Neil 2")).isEqualTo("oneil2");
		assertThat(NameNormalizer.latin("Kàrim Bénali")).isEqualTo("karimbenali"); // accents: the Unicode path
		assertThat(NameNormalizer.arabic("كَرِيـم  بن علىٰ")).isEqualTo("كريم بن علي");
		assertThat(NameNormalizer.arabic("إسماعيل أمينة آمال فاطمة")).isEqualTo("اسماعيل امينه امال فاطمه");
		assertThat(NameNormalizer.arabic(" مؤمن  ")).isEqualTo("مومن");
	}

	@Test
	void isoDatesAsLocalDateParse() {
		assertThat(PersonRules.date("2016-09-01")).contains(LocalDate.of(2016, 9, 1));
		assertThat(PersonRules.date("2019-02-30")).isEmpty();
		assertThat(PersonRules.date("2019-13-01")).isEmpty();
		assertThat(PersonRules.date("2019-1a-01")).isEmpty();
		assertThat(PersonRules.date("01/09/2016")).contains(LocalDate.of(2016, 9, 1));
	}

	@Test
	void longSetAgreesWithHashSet() {
		LongSet set = new LongSet();
		Set<Long> reference = new HashSet<>();
		Random rnd = new Random(1);
		for (int i = 0; i < 300_000; i++) {
			long k = i % 3 == 0 ? rnd.nextInt(1000) : rnd.nextLong();
			assertThat(set.add(k)).isEqualTo(reference.add(k));
		}
		assertThat(set.add(0)).isEqualTo(reference.add(0L));
		assertThat(set.add(0)).isFalse();
	}
}
