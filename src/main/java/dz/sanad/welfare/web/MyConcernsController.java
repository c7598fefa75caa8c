package dz.sanad.welfare.web;

import dz.sanad.people.People;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.welfare.Categories;
import dz.sanad.welfare.Concern;
import dz.sanad.welfare.ConcernAccess;
import dz.sanad.welfare.ConcernForm;
import dz.sanad.welfare.ConcernState;
import dz.sanad.welfare.ConcernThread;
import dz.sanad.welfare.Confidentiality;
import dz.sanad.welfare.Handlers;
import dz.sanad.welfare.MemberConcerns;
import dz.sanad.welfare.Priority;
import dz.sanad.welfare.WelfareCases;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.LocalDate;

/** Member self-service: my concerns, a new one, its page (thread, documents, decision, appeal, rating, openings). */
@Controller
class MyConcernsController {

	private final dz.sanad.platform.Pages pages;

	private final MemberConcerns members;

	private final Categories categories;

	private final People people;

	private final Handlers handlers;

	private final ConcernThread thread;

	private final ConcernAccess access;

	private final ConcernPage page;

	private final dz.sanad.welfare.ConcernLinks links;

	private final dz.sanad.welfare.Referrals referrals;

	MyConcernsController(dz.sanad.platform.Pages pages, MemberConcerns members, Categories categories, People people, Handlers handlers,
			ConcernThread thread, ConcernAccess access, ConcernPage page, dz.sanad.welfare.Referrals referrals,
			dz.sanad.welfare.ConcernLinks links) {
		this.page = page;
		this.links = links;
		this.pages = pages;
		this.referrals = referrals;
		this.members = members;
		this.categories = categories;
		this.people = people;
		this.handlers = handlers;
		this.thread = thread;
		this.access = access;
	}

	@GetMapping("/welfare/my")
	String list(Model model) {
		model.addAttribute("concerns", members.mine(CurrentUser.get()));
		model.addAttribute("categories", categories);
		return "welfare/my";
	}

	@GetMapping("/welfare/my/new")
	String form(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ConcernForm());
		}
		SanadUser user = CurrentUser.get();
		model.addAttribute("categoryList", categories.all());
		model.addAttribute("family", people.familyOf(user.memberId()));
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("levels", Confidentiality.values());
		model.addAttribute("handlers", handlers.ofWilaya(people.member(user.memberId()).getWilayaCode()));
		return "welfare/new";
	}

	@PostMapping("/welfare/my")
	String submit(@ModelAttribute("form") ConcernForm form, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes flash) {
		var submitted = pages.attempt(model, () -> members.submit(CurrentUser.get(), form, Uploads.of(file)));
		if (submitted.isEmpty()) {
			return form(model);
		}
		MemberConcerns.Submitted s = submitted.get();
		if (s.followCode() != null) {
			model.addAttribute("code", s.followCode());
			model.addAttribute("reference", s.concern().getReference());
			return "welfare/code";
		}
		flash.addFlashAttribute("success", "welfare.submitted");
		return "redirect:/welfare/my/" + s.concern().getId();
	}

	@GetMapping("/welfare/my/{id}")
	String detail(@PathVariable long id, Model model) {
		Concern c = members.own(CurrentUser.get(), id);
		page.fill(model, c, CurrentUser.get());
		model.addAttribute("openings", access.openings(c.getId()));
		model.addAttribute("referral", referrals.of(c.getId()).orElse(null));
		model.addAttribute("base", "/welfare/my/" + id);
		return "welfare/mine";
	}

	@PostMapping("/welfare/my/{id}/messages")
	String reply(@PathVariable long id, @RequestParam(required = false) String body,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes flash) {
		return pages.run(flash, "/welfare/my/" + id, "welfare.sent",
				() -> members.reply(members.own(CurrentUser.get(), id), body, Uploads.of(file)));
	}

	@PostMapping("/welfare/my/{id}/documents")
	String document(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes flash) {
		return pages.run(flash, "/welfare/my/" + id, "welfare.document-added",
				() -> members.addDocument(members.own(CurrentUser.get(), id), Uploads.of(file)));
	}

	@PostMapping("/welfare/my/{id}/rating")
	String rate(@PathVariable long id, @RequestParam(defaultValue = "0") int rating,
			@RequestParam(required = false) String comment, RedirectAttributes flash) {
		return pages.run(flash, "/welfare/my/" + id, "welfare.rated",
				() -> members.rate(members.own(CurrentUser.get(), id), rating, comment));
	}

	@PostMapping("/welfare/my/{id}/appeal")
	String appeal(@PathVariable long id, @RequestParam(required = false) String body, RedirectAttributes flash) {
		return pages.run(flash, "/welfare/my/" + id, "welfare.appealed",
				() -> members.appeal(members.own(CurrentUser.get(), id), body));
	}

	@PostMapping("/welfare/my/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam(required = false) String body, RedirectAttributes flash) {
		return pages.run(flash, "/welfare/my/" + id, "welfare.reopened",
				() -> members.reopen(members.own(CurrentUser.get(), id), body));
	}

	@PostMapping("/welfare/my/{id}/links")
	String link(@PathVariable long id, @RequestParam(required = false) dz.sanad.welfare.LinkKind kind,
			@RequestParam(required = false) Long recordId, RedirectAttributes flash) {
		return pages.run(flash, "/welfare/my/" + id, "welfare.link.added",
				() -> links.addByMember(CurrentUser.get(), id, kind, recordId));
	}

	@GetMapping("/welfare/my/{id}/files/{file}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long file) {
		Concern c = members.own(CurrentUser.get(), id);
		return download(thread, c.getId(), file);
	}

	static ResponseEntity<byte[]> download(ConcernThread thread, long concernId, long file) {
		ConcernThread.File f = thread.file(concernId, file)
			.orElseThrow(() -> new dz.sanad.platform.NotFoundException("file " + file));
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, f.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
					+ java.net.URLEncoder.encode(f.filename(), java.nio.charset.StandardCharsets.UTF_8)
						.replace("+", "%20"))
			.header("X-Content-Type-Options", "nosniff").body(f.data());
	}

}
