package dz.sanad.people.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Common HR spellings of the headers, French and Arabic, are recognised; no spelling means two columns. */
class HeaderAliasesTest {

	@Test
	void commonHrSpellingsAreRecognised() {
		assertThat(Column.ofHeader("nom_fr")).contains(Column.LAST_NAME_LAT);
		assertThat(Column.ofHeader("PRENOM_FR")).contains(Column.FIRST_NAME_LAT);
		assertThat(Column.ofHeader("nom_ar")).contains(Column.LAST_NAME_AR);
		assertThat(Column.ofHeader("prenom_ar")).contains(Column.FIRST_NAME_AR);
		assertThat(Column.ofHeader("date_naissance")).contains(Column.BIRTH_DATE);
		assertThat(Column.ofHeader("Né le")).contains(Column.BIRTH_DATE);
		assertThat(Column.ofHeader("اللقب بالفرنسية")).contains(Column.LAST_NAME_LAT);
		assertThat(Column.ofHeader("الاسم بالعربية")).contains(Column.FIRST_NAME_AR);
		assertThat(Column.ofHeader("N° matricule")).contains(Column.MATRICULE);
		assertThat(Column.ofHeader("couleur préférée")).isEmpty();
	}

	@Test
	void noAliasNamesTwoColumns() throws Exception {
		var field = Column.class.getDeclaredField("aliases");
		field.setAccessible(true);
		for (Column c : Column.values()) {
			for (String a : (String[]) field.get(c)) {
				assertThat(Column.ofHeader(a)).as(a).contains(c);
			}
		}
	}
}
