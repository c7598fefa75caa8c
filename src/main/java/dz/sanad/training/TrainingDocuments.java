package dz.sanad.training;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import dz.sanad.documents.Pdf;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.PreDestroy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** The module's bilingual PDFs: convocation letters, attendance sheets and certificates. */
@Service
@Transactional(readOnly = true)
public class TrainingDocuments {

	private final Pdf pdf;

	private final Catalogue catalogue;

	private final Organisation organisation;

	private final People people;

	private final Delivery delivery;

	private final TrainingRules rules;

	private static final dz.sanad.platform.Formats FORMATS = new dz.sanad.platform.Formats();

	private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

	/** Certificate batches render here: a bounded pool, so a batch uses every core and no more. */
	private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, new ThreadFactory() {
		private final AtomicInteger n = new AtomicInteger();

		@Override
		public Thread newThread(Runnable r) {
			Thread t = new Thread(r, "certificate-pdf-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		}
	});

	TrainingDocuments(Pdf pdf, Catalogue catalogue, Organisation organisation, People people, Delivery delivery,
			TrainingRules rules) {
		this.pdf = pdf;
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.people = people;
		this.delivery = delivery;
		this.rules = rules;
	}

	private Map<String, Object> sessionModel(Session s) {
		Map<String, Object> model = new HashMap<>();
		model.put("fmt", FORMATS);
		Programme p = catalogue.programme(s.getProgrammeId());
		Unit centre = organisation.get(s.getCentreId());
		model.put("sess", s);
		model.put("programme", p);
		model.put("centre", centre);
		model.put("modules", catalogue.modules(p.getId()));
		model.put("hours", catalogue.hours(p.getId()));
		model.put("room", s.getRoomId() == null ? null : catalogue.room(s.getRoomId()));
		return model;
	}

	/** The convocation letter of an accepted trainee. */
	public byte[] convocation(Session s, Nomination n) {
		Map<String, Object> model = sessionModel(s);
		model.put("member", people.member(n.getMemberId()));
		model.put("nomination", n);
		// an official letter: its own reference, where and when it was issued, who signs it
		model.put("reference", "CONV-" + s.getCode() + "-" + n.getId());
		model.put("issuedOn", java.time.LocalDate.now(dz.sanad.platform.Formats.ZONE));
		return pdf.render("pdf/training-convocation", model, Languages.ARABIC);
	}

	/** The printable attendance sheet: one row per trainee, a column per half-day and one to sign. */
	public byte[] attendanceSheet(Session s) {
		Map<String, Object> model = sessionModel(s);
		List<Nomination> trainees = delivery.trainees(s.getId());
		Map<Long, Member> members = people.members(trainees.stream().map(Nomination::getMemberId).toList());
		model.put("trainees", trainees.stream().map(n -> members.get(n.getMemberId()))
			.sorted(Comparator.comparing(Member::getLastNameAr).thenComparing(Member::getFirstNameAr)).toList());
		model.put("issuedOn", java.time.LocalDate.now(dz.sanad.platform.Formats.ZONE));
		model.put("days", s.days());
		model.put("marks", delivery.allAttendance(s.getId()));
		model.put("nominationOf", trainees.stream().collect(java.util.stream.Collectors.toMap(Nomination::getMemberId,
				Nomination::getId)));
		return pdf.render("pdf/training-attendance", model, Languages.ARABIC);
	}

	public String verifyUrl(Certificate c) {
		return rules.publicUrl() + "/verify/" + c.getCode();
	}

	/**
	 * A certificate's PDF. Made only of the certificate's own columns, so it runs outside any transaction: no
	 * database connection is held while the page is laid out.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public byte[] certificate(Certificate c) {
		Map<String, Object> model = new HashMap<>();
		model.put("fmt", FORMATS);
		model.put("c", c);
		model.put("url", verifyUrl(c));
		model.put("qr", qr(verifyUrl(c)));
		return pdf.render("pdf/training-certificate", model, Languages.ARABIC);
	}

	/**
	 * Renders many certificates on the PDF workers, one thread per core (each keeps its parsed fonts), and hands
	 * them to the sink in the list's order, on the calling thread. At most two per worker wait in memory.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void certificates(List<Certificate> list, BiConsumer<Certificate, byte[]> sink) {
		int window = 2 * WORKERS;
		ArrayDeque<Future<byte[]>> pending = new ArrayDeque<>();
		int next = 0;
		try {
			for (Certificate c : list) {
				while (pending.size() >= window) {
					sink.accept(list.get(next++), await(pending.removeFirst()));
				}
				pending.addLast(workers.submit(() -> certificate(c)));
			}
			while (!pending.isEmpty()) {
				sink.accept(list.get(next++), await(pending.removeFirst()));
			}
		}
		finally {
			pending.forEach(f -> f.cancel(true));
		}
	}

	private static byte[] await(Future<byte[]> f) {
		try {
			return f.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while rendering certificates", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	@PreDestroy
	void stopWorkers() {
		workers.shutdownNow();
	}

	/** Pixels per QR module: the image is drawn 26 mm wide, so this is only the raster the PDF keeps. */
	private static final int QR_SCALE = 6;

	/**
	 * The QR code as a PNG data URI. The PNG (two-colour palette, 1 bit per pixel) is written here straight from
	 * the module matrix: going through a BufferedImage and ImageIO cost about a tenth of a certificate's rendering,
	 * and a palette PNG is one PDFBox embeds as it is (its compressed rows become the image stream) instead of
	 * decoding and re-encoding it, as it does for greyscale PNGs.
	 */
	static String qr(String text) {
		try {
			ByteMatrix modules = Encoder.encode(text, ErrorCorrectionLevel.M).getMatrix();
			int margin = 4; // the quiet zone the QR specification asks for
			int side = (modules.getWidth() + 2 * margin) * QR_SCALE;
			int rowBytes = 1 + (side + 7) / 8; // the filter type byte (0, none), then 8 pixels a byte
			byte[] raw = new byte[side * rowBytes];
			for (int y = 0; y < side; y++) {
				int my = y / QR_SCALE - margin;
				for (int x = 0; x < side; x++) {
					int mx = x / QR_SCALE - margin;
					boolean dark = my >= 0 && my < modules.getHeight() && mx >= 0 && mx < modules.getWidth()
							&& modules.get(mx, my) == 1;
					if (!dark) { // palette index 1: white
						raw[y * rowBytes + 1 + x / 8] |= (byte) (0x80 >>> (x % 8));
					}
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream(2048);
			png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
			ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 1).put((byte) 3)
				.put((byte) 0).put((byte) 0).put((byte) 0);
			chunk(png, "IHDR", ihdr.array());
			chunk(png, "PLTE", new byte[] { 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF });
			Deflater deflater = new Deflater(Deflater.BEST_SPEED);
			ByteArrayOutputStream idat = new ByteArrayOutputStream(2048);
			try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater)) {
				z.write(raw);
			}
			finally {
				deflater.end();
			}
			chunk(png, "IDAT", idat.toByteArray());
			chunk(png, "IEND", new byte[0]);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException e) {
			throw new IllegalStateException(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
		byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(t);
		crc.update(data);
		out.write(ByteBuffer.allocate(4).putInt(data.length).array());
		out.write(t);
		out.write(data);
		out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}
}
