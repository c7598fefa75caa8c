package dz.sanad.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PdfTest {

	/** The renderer on the application's templates, without a Spring context. */
	static Pdf pdf() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		org.springframework.context.support.ResourceBundleMessageSource messages = new dz.sanad.platform.SanadMessageSource();
		messages.setBasenames("messages");
		messages.setDefaultEncoding("UTF-8");
		return new Pdf(engine, messages);
	}

	@Test
	void rendersManyDocumentsWithTheSameParsedFonts() throws Exception {
		Pdf pdf = pdf();
		for (int i = 0; i < 5; i++) {
			byte[] bytes = pdf.render("pdf/sample", Map.of("ar", "وثيقة رقم " + i, "fr", "Document " + i),
					Locale.FRENCH);
			try (PDDocument doc = Loader.loadPDF(bytes)) {
				assertThat(new PDFTextStripper().getText(doc)).contains("Document " + i);
			}
		}
	}

	@Test
	void rendersArabicWithTheEmbeddedFont() throws Exception {
		Pdf pdf = pdf();
		byte[] bytes = pdf.render("pdf/sample", Map.of("ar", "شهادة التكوين", "fr", "Attestation de formation"),
				Locale.forLanguageTag("ar-DZ"));
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/pdf-sample.pdf"), bytes);
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			assertThat(doc.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Attestation de formation");
			assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
			assertThat(doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next())
				.getName()).contains("Amiri");
		}
	}

	@Test
	void drawsLatinWithoutLigaturesSoThatTheTextReadsBack() throws Exception {
		byte[] bytes = pdf().render("pdf/sample", Map.of("ar", "صوفيان", "fr", "Sofiane Affif"),
				Locale.FRENCH);
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			assertThat(new PDFTextStripper().getText(doc)).contains("Sofiane Affif");
		}
	}

	@Test
	void dropsOneTableFromAFontDirectory() throws Exception {
		byte[] ttf;
		try (var in = getClass().getClassLoader().getResourceAsStream("fonts/Amiri-Regular.ttf")) {
			ttf = in.readAllBytes();
		}
		var without = new org.apache.fontbox.ttf.TTFParser()
			.parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(Pdf.withoutTable(ttf, "GSUB")));
		assertThat(without.getTableMap()).doesNotContainKey("GSUB").containsKeys("glyf", "cmap", "hmtx");
		assertThat(without.getNumberOfGlyphs()).isGreaterThan(1000);
	}

	@Test
	void keepsAnIsolatedPhoneNumberWholeInsideArabicText() throws Exception {
		String phone = dz.sanad.platform.Formats.isolate("+213550123456");
		byte[] bytes = pdf().render("pdf/sample", Map.of("ar", "اتصال طارئ " + phone + " الأب", "fr", "Urgence"),
				Locale.forLanguageTag("ar-DZ"));
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/pdf-isolated-phone.pdf"), bytes);
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			java.util.List<org.apache.pdfbox.text.TextPosition> glyphs = new java.util.ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(org.apache.pdfbox.text.TextPosition p) {
					glyphs.add(p);
					super.processTextPosition(p);
				}
			};
			String text = stripper.getText(doc);
			assertThat(text).contains("213550123456").doesNotContain("#");
			float plus = glyphs.stream().filter(g -> g.getUnicode().equals("+")).findFirst().orElseThrow().getX();
			float digits = (float) glyphs.stream().filter(g -> g.getUnicode().matches("[0-9]"))
				.mapToDouble(org.apache.pdfbox.text.TextPosition::getX).min().orElseThrow();
			// drawn as a left-to-right run: the "+" on the left of the digits, as it is dialled
			assertThat(plus).isLessThan(digits);
		}
	}
}
