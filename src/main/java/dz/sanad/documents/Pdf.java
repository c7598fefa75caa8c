package dz.sanad.documents;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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

	private final byte[] regular;

	private final byte[] bold;

	/**
	 * Parsing a 550 KB TrueType font costs more than laying out a page, so each thread keeps its parsed fonts and
	 * only the subset a document uses is embedded in it (TrueTypeFont is not thread-safe, hence per thread).
	 */
	private final ThreadLocal<TrueTypeFont[]> parsedFonts;

	Pdf(ITemplateEngine templates) {
		this.templates = templates;
		this.regular = read("fonts/Amiri-Regular.ttf");
		this.bold = read("fonts/Amiri-Bold.ttf");
		this.parsedFonts = ThreadLocal.withInitial(() -> new TrueTypeFont[] { parse(regular), parse(bold) });
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
		try (PDDocument doc = new PDDocument()) {
			TrueTypeFont[] fonts = parsedFonts.get();
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(doc);
			builder.useFastMode();
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
			builder.useFont(new PDFontSupplier(PDType0Font.load(doc, fonts[0], true)), "Amiri", 400,
					BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(new PDFontSupplier(PDType0Font.load(doc, fonts[1], true)), "Amiri", 700,
					BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static TrueTypeFont parse(byte[] ttf) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
