package dz.sanad.welfare.web;

import dz.sanad.organisation.Organisation;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import dz.sanad.platform.SanadUser;
import dz.sanad.welfare.Categories;
import dz.sanad.welfare.Handlers;
import dz.sanad.welfare.Routing;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** The routing administration page of a wilaya: its handlers, its category rules and the escalation ladder. */
@Controller
@RequestMapping("/welfare/routing")
class RoutingController {

	private final Pages pages;

	private final Routing routing;

	private final Categories categories;

	private final Organisation organisation;

	RoutingController(Pages pages, Routing routing, Categories categories, Organisation organisation) {
		this.pages = pages;
		this.routing = routing;
		this.categories = categories;
		this.organisation = organisation;
	}

	@GetMapping
	String page(@RequestParam(required = false) String wilaya, Model model) {
		SanadUser user = CurrentUser.get();
		Routing.View view = routing.view(user, wilaya);
		model.addAttribute("view", view);
		model.addAttribute("wilayas", view.mayAppointHeads() ? organisation.wilayasOf(user) : List.of());
		model.addAttribute("categoryList", categories.everything());
		model.addAttribute("categories", categories);
		model.addAttribute("levels", List.of(Handlers.Level.OFFICER, Handlers.Level.HEAD));
		return "welfare/routing";
	}

	private static String back(String wilaya) {
		return "/welfare/routing?wilaya=" + wilaya;
	}

	@PostMapping("/handlers")
	String addHandler(@RequestParam String wilaya, @RequestParam(required = false) String username,
			@RequestParam(required = false) Handlers.Level level, RedirectAttributes flash) {
		return pages.run(flash, back(wilaya), "welfare.routing.saved",
				() -> routing.addHandler(CurrentUser.get(), wilaya, username, level));
	}

	@PostMapping("/handlers/remove")
	String removeHandler(@RequestParam String wilaya, @RequestParam(required = false) String username,
			RedirectAttributes flash) {
		return pages.run(flash, back(wilaya), "welfare.routing.saved",
				() -> routing.removeHandler(CurrentUser.get(), wilaya, username));
	}

	@PostMapping("/rules")
	String setRule(@RequestParam String wilaya, @RequestParam(required = false) String categoryCode,
			@RequestParam(required = false) String username, RedirectAttributes flash) {
		return pages.run(flash, back(wilaya), "welfare.routing.saved",
				() -> routing.setRule(CurrentUser.get(), wilaya, categoryCode, username));
	}

	@PostMapping("/rules/remove")
	String removeRule(@RequestParam String wilaya, @RequestParam(required = false) String categoryCode,
			RedirectAttributes flash) {
		return pages.run(flash, back(wilaya), "welfare.routing.saved",
				() -> routing.removeRule(CurrentUser.get(), wilaya, categoryCode));
	}
}
