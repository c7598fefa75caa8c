package dz.sanad.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxTest {

	@Test
	void neutralisesFormulaInjection() {
		assertThat(Xlsx.safeText("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(Xlsx.safeText("+213550000000")).isEqualTo("'+213550000000");
		assertThat(Xlsx.safeText("-1")).isEqualTo("'-1");
		assertThat(Xlsx.safeText("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Xlsx.safeText("بن علي")).isEqualTo("بن علي");
		assertThat(Xlsx.safeText("")).isEmpty();
	}
}
