package dz.sanad.training;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A batch renders on the PDF workers and hands the certificates back in the batch's order, each with its own data. */
class CertificateBatchTest {

	static TrainingDocuments documents() {
		return new TrainingDocuments(CertificatePdfTest.pdf(), null, null, null, null,
				new TrainingRules(null, null, null, "https://sanad.example.dz", null, null));
	}

	@Test
	void rendersInParallelAndHandsBackInOrder() throws Exception {
		TrainingDocuments documents = documents();
		List<Certificate> list = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			Certificate c = CertificatePdfTest.certificate();
			ReflectionTestUtils.setField(c, "serial", String.format("CNF-2026-%06d", i));
			ReflectionTestUtils.setField(c, "holderNameLat", "Trainee NUMBER" + i);
			list.add(c);
		}
		List<Certificate> order = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		try {
			documents.certificates(list, (c, pdf) -> {
				order.add(c);
				try (PDDocument doc = Loader.loadPDF(pdf)) {
					texts.add(new PDFTextStripper().getText(doc));
				}
				catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
		}
		finally {
			documents.stopWorkers();
		}
		assertThat(order).containsExactlyElementsOf(list);
		for (int i = 0; i < list.size(); i++) {
			assertThat(texts.get(i)).contains(list.get(i).getSerial()).contains("Trainee NUMBER" + i)
				.contains("https://sanad.example.dz/verify/" + list.get(i).getCode());
		}
	}

	@Test
	void aFailingCertificateFailsTheBatch() {
		TrainingDocuments documents = documents();
		Certificate broken = CertificatePdfTest.certificate();
		ReflectionTestUtils.setField(broken, "code", "x".repeat(5000)); // too long for a QR code
		try {
			assertThatThrownBy(() -> documents.certificates(List.of(CertificatePdfTest.certificate(), broken),
					(c, pdf) -> {
					})).isInstanceOf(RuntimeException.class);
		}
		finally {
			documents.stopWorkers();
		}
	}
}
