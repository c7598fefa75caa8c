package dz.sanad.people;

import dz.sanad.people.MemberSearch.Filter;
import dz.sanad.people.MemberSearch.Hit;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.DemoUsers;
import dz.sanad.support.IntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One box finds a member by matricule, NIN, Arabic or Latin name, whatever the spelling; best match first. */
@IntegrationTest
class MemberSearchTest {

	@Autowired
	MemberSearch search;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	SanadUser dgsn() {
		return (SanadUser) users.loadUserByUsername("dgsn");
	}

	List<Hit> find(String q) {
		return search.search(dgsn(), Filter.of(q), PageRequest.of(0, 50)).getContent();
	}

	/** The matricules sharing the best score (the demo data has more than one Karim Benali). */
	List<String> best(String q) {
		List<Hit> hits = find(q);
		assertThat(hits).as(q).isNotEmpty();
		return hits.stream().filter(h -> h.score() == hits.get(0).score()).map(Hit::matricule).toList();
	}

	@Test
	void latinNamesIgnoreCaseAccentsSpacesAndHyphens() {
		for (String q : List.of("Karim Benali", "karim ben ali", "BEN-ALI Karim", "Benali Karim", "kàrim bénali")) {
			assertThat(best(q)).as(q).contains("M-16-0001");
			assertThat(find(q).get(0).fullNameLat()).as(q).isEqualTo("Karim BENALI");
		}
	}

	@Test
	void latinNamesTolerateOneOrTwoTypos() {
		assertThat(best("Karim Benalli")).contains("M-16-0001");
		assertThat(best("Karym Benaly")).contains("M-16-0001");
		assertThat(find("Benalli")).extracting(Hit::lastNameLat).contains("Benali");
	}

	@Test
	void arabicNamesIgnoreHamzaTehMarbutaAlefMaqsuraTatweelAndDiacritics() {
		assertThat(best("كريم بن علي")).contains("M-16-0001");
		assertThat(best("كَرِيم بنعلي")).contains("M-16-0001");
		assertThat(best("كـريـم بن علي")).contains("M-16-0001");
		// إسماعيل written with a bare alef, أسماء without hamza, فاطمه with heh
		assertThat(find("اسماعيل")).extracting(Hit::firstNameAr).contains("إسماعيل");
		assertThat(find("فاطمه")).extracting(Hit::firstNameAr).contains("فاطمة");
	}

	@Test
	void matriculeAndNinMatchExactlyAndComeFirst() {
		assertThat(find("M-16-0001")).extracting(Hit::matricule).first().isEqualTo("M-16-0001");
		assertThat(find("m-16-0001")).extracting(Hit::matricule).first().isEqualTo("M-16-0001");
		assertThat(find("119850160000123456")).extracting(Hit::matricule).containsExactly("M-16-0001");
	}

	@Test
	void oneWordNamesFindTheNameWrittenInTwo() {
		// «بن علي» is stored in two words; typed as one (alone or after the first name) it is the same name
		assertThat(find("بنعلي")).extracting(Hit::matricule).contains("M-16-0001");
		assertThat(find("benali")).extracting(Hit::matricule).contains("M-16-0001");
		var wilaya16 = (SanadUser) users.loadUserByUsername("wilaya16");
		assertThat(people.lookup(wilaya16, "بنعلي", "16", 15)).extracting(Member::getMatricule).contains("M-16-0001");
		assertThat(people.lookup(wilaya16, "benali", "16", 15)).extracting(Member::getMatricule).contains("M-16-0001");
	}

	@Test
	void partOfAMatriculeOrOneInLowerCaseFindsTheMember() {
		assertThat(find("M-16")).extracting(Hit::matricule).first().isEqualTo("M-16-0001");
		assertThat(find("m-16")).extracting(Hit::matricule).first().isEqualTo("M-16-0001");
		assertThat(find("16-0001")).extracting(Hit::matricule).first().isEqualTo("M-16-0001");
		String other = jdbc.sql("select matricule from people_member where wilaya_code = '31' order by id limit 1")
			.query(String.class).single();
		String tail = other.substring(other.length() - 4);
		assertThat(find(tail)).extracting(Hit::matricule).contains(other);
		assertThat(find(other.toLowerCase())).extracting(Hit::matricule).first().isEqualTo(other);
		// a wildcard typed is a character like any other, not "anything"
		assertThat(find("M-1_-0001")).extracting(Hit::matricule).doesNotContain("M-16-0001");
		assertThat(find("%0001")).extracting(Hit::matricule).doesNotContain("M-16-0001");
		// the pick lists of other modules (nominations) match the same way, within whom the user serves
		var dgsn = dgsn();
		assertThat(people.lookup(dgsn, "m-16-0001", null, 15)).extracting(Member::getMatricule).first()
			.isEqualTo("M-16-0001");
		assertThat(people.lookup(dgsn, tail, null, 15)).extracting(Member::getMatricule).contains(other);
		var wilaya16 = (SanadUser) users.loadUserByUsername("wilaya16");
		assertThat(people.lookup(wilaya16, other, null, 15)).isEmpty();
		assertThat(search.search(wilaya16, Filter.of(other), PageRequest.of(0, 50)).getContent()).isEmpty();
		assertThat(people.lookup(wilaya16, "M-16", "16", 15)).extracting(Member::getMatricule).contains("M-16-0001");
	}

	@Test
	void rankedBestFirstAndFiltered() {
		List<Hit> hits = find("Benali");
		assertThat(hits).isNotEmpty();
		for (int i = 1; i < hits.size(); i++) {
			assertThat(hits.get(i - 1).score()).isGreaterThanOrEqualTo(hits.get(i).score());
		}
		var filtered = search.search(dgsn(), new Filter("Benali", "16", null, null, Grade.BRIGADIER_CHEF,
				MemberStatus.ACTIVE), PageRequest.of(0, 50)).getContent();
		assertThat(filtered).extracting(Hit::matricule).contains("M-16-0001");
		assertThat(filtered).allMatch(h -> h.wilayaCode().equals("16") && h.grade() == Grade.BRIGADIER_CHEF);
		var byFunction = search.search(dgsn(), new Filter(null, null, null, MemberFunction.HEAD_CULTURAL_CENTRE, null,
				null), PageRequest.of(0, 200));
		assertThat(byFunction.getTotalElements()).isEqualTo(69); // one cultural centre per wilaya
		var paged = search.search(dgsn(), Filter.of(null), PageRequest.of(1, 10));
		assertThat(paged.getContent()).hasSize(10);
		assertThat(paged.getTotalElements()).isGreaterThan(500);
	}

	@Test
	void searchPageRendersAndExportsXlsxInScope() throws Exception {
		var as = DemoUsers.as(users, "wilaya16");
		mvc.perform(get("/people/members").param("q", "بن علي").param("lang", "ar").with(as))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("M-16-0001")));
		mvc.perform(get("/people/members").param("q", "ben ali").param("lang", "fr").with(as))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Karim BENALI")));
		byte[] xlsx = mvc.perform(get("/people/members/export").param("q", "Benali").with(as))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows.size()).isGreaterThan(1);
			assertThat(rows.stream().skip(1).map(r -> r.getCellText(0))).contains("M-16-0001");
			assertThat(rows.get(1).getCellText(4)).isEqualTo("Benali"); // best matches first
			assertThat(rows.stream().skip(1).map(r -> r.getCellText(11))).containsOnly("16");
		}
	}
}
