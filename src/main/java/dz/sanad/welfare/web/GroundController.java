package dz.sanad.welfare.web;

import dz.sanad.platform.Pages;
import dz.sanad.welfare.Grounds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of grounds for decisions, maintained by the central directorate: add, rename, withdraw, restore. */
@Controller
class GroundController {

	private static final String BACK = "/welfare/grounds";

	private final Pages pages;

	private final Grounds grounds;

	GroundController(Pages pages, Grounds grounds) {
		this.pages = pages;
		this.grounds = grounds;
	}

	@GetMapping(BACK)
	String list(Model model) {
		model.addAttribute("grounds", grounds.everything());
		return "welfare/grounds";
	}

	@PostMapping(BACK)
	String add(@RequestParam(required = false) String code, @RequestParam(required = false) String nameAr,
			@RequestParam(required = false) String nameFr, @RequestParam(required = false) String nameEn,
			RedirectAttributes flash) {
		return pages.run(flash, BACK, "welfare.ground.saved", () -> grounds.add(code, nameAr, nameFr, nameEn));
	}

	@PostMapping(BACK + "/{code}")
	String rename(@PathVariable String code, @RequestParam(required = false) String nameAr,
			@RequestParam(required = false) String nameFr, @RequestParam(required = false) String nameEn,
			RedirectAttributes flash) {
		return pages.run(flash, BACK, "welfare.ground.saved", () -> grounds.rename(code, nameAr, nameFr, nameEn));
	}

	@PostMapping(BACK + "/{code}/active")
	String active(@PathVariable String code, @RequestParam(defaultValue = "false") boolean active,
			RedirectAttributes flash) {
		return pages.run(flash, BACK, "welfare.ground.saved", () -> grounds.setActive(code, active));
	}
}
