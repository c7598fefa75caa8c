package dz.sanad.welfare.web;

import dz.sanad.people.People;
import dz.sanad.platform.Formats;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.welfare.Categories;
import dz.sanad.welfare.Concern;
import dz.sanad.welfare.ConcernLinks;
import dz.sanad.welfare.ConcernState;
import dz.sanad.welfare.ConcernThread;
import dz.sanad.welfare.Grounds;
import dz.sanad.welfare.LinkKind;
import dz.sanad.welfare.WelfareCases;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the member's, the follow-up code's and the handler's pages of a concern share. */
@Component
class ConcernPage {

	private final Categories categories;

	private final ConcernThread thread;

	private final CaseEngine engine;

	private final People people;

	private final Grounds grounds;

	private final ConcernLinks links;

	ConcernPage(Categories categories, ConcernThread thread, CaseEngine engine, People people, Grounds grounds,
			ConcernLinks links) {
		this.categories = categories;
		this.thread = thread;
		this.engine = engine;
		this.people = people;
		this.grounds = grounds;
		this.links = links;
	}

	/** Fills the concern's facts, thread, decision, windows and links; {@code reader} null: by follow-up code. */
	void fill(Model model, Concern c, SanadUser reader) {
		var locale = LocaleContextHolder.getLocale();
		var ref = WelfareCases.ref(c.getId());
		model.addAttribute("c", c);
		model.addAttribute("category", categories.label(c.getCategoryCode(), locale));
		model.addAttribute("messages", thread.messages(c.getId()));
		model.addAttribute("attachments", thread.attachments(c.getId()));
		var decision = engine.lastDecision(ref).orElse(null);
		model.addAttribute("decision", decision);
		model.addAttribute("citedGrounds", decision == null ? List.of() : grounds.cited(decision.id(), locale));
		model.addAttribute("canAppeal", (c.getState() == ConcernState.DECIDED || c.getState() == ConcernState.CLOSED)
				&& engine.canAppeal(ref, LocalDate.now(Formats.ZONE)));
		model.addAttribute("canReopen", c.getState() == ConcernState.CLOSED && engine.canReopen(ref, Instant.now()));
		model.addAttribute("relative", c.getFamilyMemberId() == null ? null
				: people.findFamilyMember(c.getFamilyMemberId()).orElse(null));
		// a pseudonymous concern has no member whose records could be linked or shown
		model.addAttribute("links", reader == null || !c.identified() ? null : links.of(reader, c.getId()));
		model.addAttribute("linkKinds", LinkKind.values());
	}
}
