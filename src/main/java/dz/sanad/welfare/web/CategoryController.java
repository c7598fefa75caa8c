package dz.sanad.welfare.web;

import dz.sanad.welfare.Categories;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The category tree, edited by the central directorate: add, rename in three languages, withdraw, restore. */
@Controller
class CategoryController {

	private final dz.sanad.platform.Pages pages;

	private static final String BACK = "/welfare/categories";

	private final Categories categories;

	CategoryController(dz.sanad.platform.Pages pages, Categories categories) {
		this.pages = pages;
		this.categories = categories;
	}

	@GetMapping(BACK)
	String list(Model model) {
		model.addAttribute("tree", categories.everything());
		model.addAttribute("roots", categories.everything().stream().filter(c -> c.parent() == null).toList());
		return "welfare/categories";
	}

	@PostMapping(BACK)
	String add(@RequestParam(required = false) String parent, @RequestParam(required = false) String code,
			@RequestParam(required = false) String nameAr, @RequestParam(required = false) String nameFr,
			@RequestParam(required = false) String nameEn, RedirectAttributes flash) {
		return pages.run(flash, BACK, "welfare.category.saved",
				() -> categories.add(parent, code, nameAr, nameFr, nameEn));
	}

	@PostMapping(BACK + "/{code}")
	String rename(@PathVariable String code, @RequestParam(required = false) String nameAr,
			@RequestParam(required = false) String nameFr, @RequestParam(required = false) String nameEn,
			RedirectAttributes flash) {
		return pages.run(flash, BACK, "welfare.category.saved",
				() -> categories.rename(code, nameAr, nameFr, nameEn));
	}

	@PostMapping(BACK + "/{code}/active")
	String active(@PathVariable String code, @RequestParam(defaultValue = "false") boolean active,
			RedirectAttributes flash) {
		return pages.run(flash, BACK, "welfare.category.saved", () -> categories.setActive(code, active));
	}
}
