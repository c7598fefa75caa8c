package dz.sanad.organisation;

import dz.sanad.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisation tree opens branch by branch: a wilaya service's establishments arrive when it is opened. */
class TreeJourneyTest extends BrowserTest {

	static final String ORAN_CENTRE = "Centre culturel et de loisirs de la Sûreté nationale – Oran";

	@Test
	void aBranchLoadsItsUnitsWhenOpened() {
		login("dgsn");
		page.navigate(url("/organisation/tree?lang=fr"));
		var oran = page.locator("details:has(> summary:has-text('Sûreté de wilaya de Oran'))");
		// the DGSN root comes open with its wilaya services; Oran's establishments are not on the page yet
		assertThat(oran.count()).isEqualTo(1);
		assertThat(oran.getAttribute("open")).isNull();
		assertThat(page.textContent("main")).doesNotContain(ORAN_CENTRE);

		oran.locator("summary small").first().click();
		page.locator("main a:has-text('" + ORAN_CENTRE + "')").waitFor();
		assertThat(oran.getAttribute("open")).isNotNull();
		assertThat(oran.locator("li").count()).isPositive();
		screenshot("organisation-tree-branch-fr");
	}
}
