package dz.sanad.documents;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a Thymeleaf template (well-formed XHTML under templates/pdf/) to PDF. Arabic is shaped and ordered
 * right to left with ICU; the embedded Amiri font (OFL, see fonts/Amiri-LICENSE.txt) must be named first in
 * every font-family ("Amiri"), since PDF viewers on the closed network have no Arabic fonts of their own.
 */
@Service
public class Pdf {

	private final ITemplateEngine templates;

	private final File regular;

	private final File bold;

	Pdf(ITemplateEngine templates) {
		this.templates = templates;
		this.regular = extract("fonts/Amiri-Regular.ttf");
		this.bold = extract("fonts/Amiri-Bold.ttf");
	}

	/** Template name relative to templates/, e.g. "pdf/certificate"; the model's variables plus the locale. */
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		render(template, model, locale, out);
		return out.toByteArray();
	}

	public void render(String template, Map<String, Object> model, Locale locale, OutputStream out) {
		String html = templates.process(template, new Context(locale, model));
		renderHtml(html, out);
	}

	/** Renders ready XHTML (for callers that build the markup themselves). */
	public void renderHtml(String xhtml, OutputStream out) {
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
			builder.useFont(regular, "Amiri", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(bold, "Amiri", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static File extract(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			File f = File.createTempFile("sanad-font-", ".ttf");
			f.deleteOnExit();
			Files.copy(in, f.toPath(), StandardCopyOption.REPLACE_EXISTING);
			return f;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
