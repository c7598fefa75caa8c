package dz.sanad.welfare.web;

import dz.sanad.people.People;
import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.welfare.Categories;
import dz.sanad.welfare.Concern;
import dz.sanad.welfare.ConcernThread;
import dz.sanad.welfare.MemberConcerns;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A pseudonymous concern followed by its code: the same thread, documents and rating as self-service, reached
 * only through the code (nothing ties it to the signed-in account, so the openings log is not shown either).
 */
@Controller
class FollowController {

	private final MemberConcerns members;

	private final Categories categories;

	private final ConcernThread thread;

	private final CaseEngine engine;

	private final People people;

	FollowController(MemberConcerns members, Categories categories, ConcernThread thread, CaseEngine engine,
			People people) {
		this.members = members;
		this.categories = categories;
		this.thread = thread;
		this.engine = engine;
		this.people = people;
	}

	@GetMapping("/welfare/follow")
	String ask() {
		return "welfare/follow";
	}

	@PostMapping("/welfare/follow")
	String go(@RequestParam(required = false) String code) {
		String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		return c.isEmpty() ? "redirect:/welfare/follow" : "redirect:/welfare/follow/" + c;
	}

	@GetMapping("/welfare/follow/{code}")
	String detail(@PathVariable String code, Model model) {
		Concern c = members.byCode(code);
		MyConcernsController.fill(model, c, categories, thread, engine, people);
		model.addAttribute("base", "/welfare/follow/" + code);
		model.addAttribute("pseudonymous", true);
		return "welfare/mine";
	}

	@PostMapping("/welfare/follow/{code}/messages")
	String reply(@PathVariable String code, @RequestParam(required = false) String body,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes flash) {
		return Uploads.run(flash, "/welfare/follow/" + code, "welfare.sent",
				() -> members.reply(members.byCode(code), body, Uploads.of(file)));
	}

	@PostMapping("/welfare/follow/{code}/documents")
	String document(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes flash) {
		return Uploads.run(flash, "/welfare/follow/" + code, "welfare.document-added",
				() -> members.addDocument(members.byCode(code), Uploads.of(file)));
	}

	@PostMapping("/welfare/follow/{code}/rating")
	String rate(@PathVariable String code, @RequestParam(defaultValue = "0") int rating,
			@RequestParam(required = false) String comment, RedirectAttributes flash) {
		return Uploads.run(flash, "/welfare/follow/" + code, "welfare.rated",
				() -> members.rate(members.byCode(code), rating, comment));
	}

	@PostMapping("/welfare/follow/{code}/reveal")
	String reveal(@PathVariable String code, RedirectAttributes flash) {
		try {
			Concern c = members.reveal(dz.sanad.platform.CurrentUser.get(), code);
			flash.addFlashAttribute("success", "welfare.revealed");
			return "redirect:/welfare/my/" + c.getId();
		}
		catch (dz.sanad.platform.BusinessException e) {
			flash.addFlashAttribute("error", e.messageKey());
			return "redirect:/welfare/follow/" + code;
		}
	}

	@GetMapping("/welfare/follow/{code}/files/{file}")
	ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long file) {
		return MyConcernsController.download(thread, members.byCode(code).getId(), file);
	}
}
