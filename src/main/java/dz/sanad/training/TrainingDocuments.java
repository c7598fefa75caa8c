package dz.sanad.training;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dz.sanad.documents.Pdf;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	private final Texts texts;

	TrainingDocuments(Pdf pdf, Catalogue catalogue, Organisation organisation, People people, Delivery delivery,
			TrainingRules rules, org.springframework.context.MessageSource messages) {
		this.texts = new Texts(messages);
		this.pdf = pdf;
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.people = people;
		this.delivery = delivery;
		this.rules = rules;
	}

	/** Both languages of a bilingual document, whatever the reader's: {@code ${t.ar('key')}}, {@code ${t.fr('key')}}. */
	public record Texts(org.springframework.context.MessageSource messages) {
		public String ar(String key, Object... args) {
			return messages.getMessage(key, args, key, Languages.ARABIC);
		}

		public String fr(String key, Object... args) {
			return messages.getMessage(key, args, key, Languages.FRENCH);
		}
	}

	private Map<String, Object> sessionModel(Session s) {
		Map<String, Object> model = new HashMap<>();
		model.put("t", texts);
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
		return pdf.render("pdf/training-convocation", model, Languages.ARABIC);
	}

	/** The printable attendance sheet: one row per trainee, a column per half-day and one to sign. */
	public byte[] attendanceSheet(Session s) {
		Map<String, Object> model = sessionModel(s);
		List<Nomination> trainees = delivery.trainees(s.getId());
		Map<Long, Member> members = people.members(trainees.stream().map(Nomination::getMemberId).toList());
		model.put("trainees", trainees.stream().map(n -> members.get(n.getMemberId()))
			.sorted(Comparator.comparing(Member::getLastNameAr)).toList());
		model.put("days", s.days());
		model.put("marks", delivery.allAttendance(s.getId()));
		model.put("nominationOf", trainees.stream().collect(java.util.stream.Collectors.toMap(Nomination::getMemberId,
				Nomination::getId)));
		return pdf.render("pdf/training-attendance", model, Languages.ARABIC);
	}

	public String verifyUrl(Certificate c) {
		return rules.publicUrl() + "/verify/" + c.getCode();
	}

	public byte[] certificate(Certificate c) {
		Map<String, Object> model = new HashMap<>();
		model.put("t", texts);
		model.put("fmt", FORMATS);
		model.put("c", c);
		model.put("url", verifyUrl(c));
		model.put("qr", qr(verifyUrl(c)));
		return pdf.render("pdf/training-certificate", model, Languages.ARABIC);
	}

	static String qr(String text) {
		try {
			var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 240, 240,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", out);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
		}
		catch (WriterException e) {
			throw new IllegalStateException(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
