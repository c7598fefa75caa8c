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

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Level;
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

	/** A DOM parser per thread: openhtmltopdf would otherwise look up a SAX factory and copy the tree per page. */
	private final ThreadLocal<DocumentBuilder> parsers = ThreadLocal.withInitial(Pdf::newParser);

	static {
		// openhtmltopdf logs a few INFO lines per document through its own console logger; send them to SLF4J,
		// INFO and below as DEBUG, so that batches of certificates do not fill the log
		XRLog.setLoggerImpl(new Slf4jXrLogger());
	}

	private final BilingualTexts texts;

	Pdf(ITemplateEngine templates, org.springframework.context.MessageSource messages) {
		this.templates = templates;
		this.texts = new BilingualTexts(messages);
		// Amiri's GSUB table is left out: openhtmltopdf already shapes Arabic with ICU (presentation forms, lam-alef),
		// and PDFBox would otherwise run every string through the font's Latin substitutions when it draws it
		// (a tenth of a certificate's rendering time) to form ligatures such as "fi" that the layout did not
		// measure and that text extraction cannot read back
		this.regular = withoutTable(read("fonts/Amiri-Regular.ttf"), "GSUB");
		this.bold = withoutTable(read("fonts/Amiri-Bold.ttf"), "GSUB");
		this.parsedFonts = ThreadLocal.withInitial(() -> new TrueTypeFont[] { parse(regular), parse(bold) });
	}

	/** Template name relative to templates/, e.g. "pdf/certificate"; the model's variables plus the locale. */
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		render(template, model, locale, out);
		return out.toByteArray();
	}

	public void render(String template, Map<String, Object> model, Locale locale, OutputStream out) {
		Context context = new Context(locale, model);
		if (!model.containsKey("t")) {
			context.setVariable("t", texts);
		}
		String html = templates.process(template, context);
		renderHtml(html, out);
	}

	/** Renders ready XHTML (for callers that build the markup themselves). */
	public void renderHtml(String xhtml, OutputStream out) {
		Document dom;
		DocumentBuilder parser = parsers.get();
		try {
			dom = parser.parse(new InputSource(new StringReader(xhtml)));
		}
		catch (SAXException e) {
			throw new IllegalArgumentException("PDF template output is not well-formed XHTML", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			parser.reset();
		}
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
			builder.withW3cDocument(dom, null);
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

	private static DocumentBuilder newParser() {
		try {
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setNamespaceAware(true);
			f.setValidating(false);
			f.setExpandEntityReferences(false);
			f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			f.setFeature("http://xml.org/sax/features/external-general-entities", false);
			f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			return f.newDocumentBuilder();
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The font file with one table dropped from its directory (the table's bytes stay, unreferenced; offsets are
	 * absolute, so the other tables are untouched). Only subsets are ever embedded, rebuilt from the tables PDFBox
	 * needs, so the dropped table never reaches a PDF.
	 */
	static byte[] withoutTable(byte[] ttf, String tag) {
		ByteBuffer b = ByteBuffer.wrap(ttf.clone());
		int numTables = Short.toUnsignedInt(b.getShort(4));
		byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < numTables; i++) {
			int entry = 12 + 16 * i;
			if (Arrays.equals(Arrays.copyOfRange(b.array(), entry, entry + 4), wanted)) {
				int end = 12 + 16 * numTables;
				System.arraycopy(b.array(), entry + 16, b.array(), entry, end - entry - 16);
				Arrays.fill(b.array(), end - 16, end, (byte) 0);
				b.putShort(4, (short) (numTables - 1));
				return b.array();
			}
		}
		return ttf;
	}

	private static TrueTypeFont parse(byte[] ttf) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** openhtmltopdf's log lines to SLF4J: warnings and errors as such, everything else as DEBUG. */
	private static final class Slf4jXrLogger implements XRLogger {

		private static Logger logger(String where) {
			return LoggerFactory.getLogger(where);
		}

		@Override
		public void log(String where, Level level, String msg) {
			log(where, level, msg, null);
		}

		@Override
		public void log(String where, Level level, String msg, Throwable th) {
			Logger log = logger(where);
			if (level.intValue() >= Level.SEVERE.intValue()) {
				log.error(msg, th);
			}
			else if (level.intValue() >= Level.WARNING.intValue()) {
				log.warn(msg, th);
			}
			else {
				log.debug(msg, th);
			}
		}

		@Override
		public void setLevel(String logger, Level level) {
			// levels are set in the application's logging configuration
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic diagnostic) {
			Logger log = logger(diagnostic.getLogMessageId().getWhere());
			int level = diagnostic.getLevel().intValue();
			return level >= Level.SEVERE.intValue() ? log.isErrorEnabled()
					: level >= Level.WARNING.intValue() ? log.isWarnEnabled() : log.isDebugEnabled();
		}
	}
}
