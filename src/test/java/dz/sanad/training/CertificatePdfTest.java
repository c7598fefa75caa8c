package dz.sanad.training;

import dz.sanad.documents.Pdf;
import dz.sanad.platform.Formats;
import dz.sanad.platform.Languages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import dz.sanad.platform.SanadMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.util.ReflectionTestUtils;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate PDF on its own: landscape A4, both languages, embedded Arabic font, serial and QR link. */
class CertificatePdfTest {

	/** The bundles a training document reads, without a Spring context. */
	static org.springframework.context.MessageSource messages() {
		ResourceBundleMessageSource messages = new SanadMessageSource();
		messages.setBasenames("messages", "i18n/training");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static Pdf pdf() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		try {
			Constructor<Pdf> c = Pdf.class.getDeclaredConstructor(org.thymeleaf.ITemplateEngine.class,
					org.springframework.context.MessageSource.class);
			c.setAccessible(true);
			return c.newInstance(engine, messages());
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	static Certificate certificate() {
		Session s = new Session("CNFPS-2026-01", 1L, 2L);
		s.plan(null, LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 8), 20);
		ReflectionTestUtils.setField(s, "id", 7L);
		Programme p = new Programme("PRG-EDS-01");
		p.update("التربية المتخصصة لرؤساء مؤسسات الطفولة", "Éducation spécialisée pour les chefs d'établissements",
				null, null, ProgrammeType.SPECIALIZED, 1L, Set.of(), null, Set.of());
		Nomination n = new Nomination(7L, 11L, "16", "dgsn");
		ReflectionTestUtils.setField(n, "id", 9L);
		return new Certificate(n, s, p, "CNF-2026-000042", TrainingCertificates.code(), "كريم بن علي",
				"Karim BENALI", "المركز الوطني لتكوين المستخدمين المتخصصين - بئر خادم",
				"Centre national de formation des personnels spécialisés – Birkhadem", 30);
	}

	@Test
	void rendersABilingualLandscapeCertificate() throws Exception {
		Certificate c = certificate();
		Map<String, Object> model = new HashMap<>();
		model.put("c", c);
		model.put("fmt", new Formats());
		model.put("url", "https://sanad.example.dz/verify/" + c.getCode());
		model.put("qr", TrainingDocuments.qr("https://sanad.example.dz/verify/" + c.getCode()));
		byte[] bytes = pdf().render("pdf/training-certificate", model, Languages.ARABIC);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/training-certificate.pdf"), bytes);
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			assertThat(doc.getNumberOfPages()).isEqualTo(1);
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Attestation de formation").contains("Karim BENALI").contains("CNF-2026-000042")
				.contains("04/10/2026").contains("https://sanad.example.dz/verify/");
			var res = doc.getPage(0).getResources();
			assertThat(res.getFont(res.getFontNames().iterator().next()).getName()).contains("Amiri");
			// the QR code leads to the public verification page
			var name = res.getXObjectNames().iterator().next();
			var image = ((org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) res.getXObject(name)).getImage();
			var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
					new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image)));
			assertThat(new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText())
				.isEqualTo("https://sanad.example.dz/verify/" + c.getCode());
		}
	}
}
