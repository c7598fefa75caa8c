package dz.sanad.psychology.web;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Paging;
import dz.sanad.platform.SanadUser;
import dz.sanad.psychology.CaseAccess;
import dz.sanad.psychology.CaseState;
import dz.sanad.psychology.Caseload;
import dz.sanad.psychology.Notes;
import dz.sanad.psychology.PsyCase;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clinicians' JSON API (caseload, a record with its readable notes) and the committee's figures. Same access
 * rules as the pages: a record outside the care team answers 404; the figures are suppressed below 10.
 */
@RestController
class PsychologyApi {

	record CaseLine(long id, String reference, String person, String route, String state, Instant openedAt) {
	}

	record NoteLine(long id, String kind, String author, String body, Instant writtenAt) {
	}

	record CaseView(CaseLine record, List<NoteLine> notes) {
	}

	private final Caseload caseload;

	private final CaseAccess access;

	private final Notes notes;

	private final FigureLines figures;

	PsychologyApi(Caseload caseload, CaseAccess access, Notes notes, FigureLines figures) {
		this.caseload = caseload;
		this.access = access;
		this.notes = notes;
		this.figures = figures;
	}

	private static CaseLine line(PsyCase c, String person) {
		return new CaseLine(c.id(), c.reference(), person, c.route().name(), c.state().name(), c.openedAt());
	}

	@GetMapping("/api/psychology/caseload")
	List<CaseLine> caseload(@RequestParam(required = false) CaseState state, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return caseload.of(CurrentUser.get(), state, Paging.of(page, size, Sort.unsorted()),
				LocaleContextHolder.getLocale()).map(r -> line(r.record(), r.person())).getContent();
	}

	/** The record and its notes for the care team (a break-the-glass reader uses the read-only page). */
	@GetMapping("/api/psychology/cases/{id}")
	CaseView record(@PathVariable long id) {
		SanadUser user = CurrentUser.get();
		access.care(user, id);
		PsyCase c = access.read(user, id, CaseAccess.Level.CARE);
		return new CaseView(line(c, caseload.person(c, LocaleContextHolder.getLocale())),
				notes.readable(user, id, false, 200).stream()
					.map(n -> new NoteLine(n.id(), n.kind().name(), n.author(), n.body(), n.writtenAt())).toList());
	}

	@GetMapping("/api/psychology/figures")
	Map<String, Object> figures(@RequestParam(required = false) Integer year) {
		int y = FigureLines.year(year);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("year", y);
		out.put("threshold", dz.sanad.psychology.PsychologyFigures.THRESHOLD);
		out.put("lines", figures.lines(y));
		return out;
	}
}
