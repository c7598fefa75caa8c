package dz.sanad.steering.web;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Dates;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.steering.IndicatorViews;
import dz.sanad.welfare.Categories;
import dz.sanad.welfare.WelfareStats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Comparator;
import java.util.List;

/**
 * The closed loop: signals for the training needs dashboard (which loads this fragment), read-only, aggregates
 * only: targets the year is behind on, the concern categories members raise most, the concerns' satisfaction.
 * A needs officer turns one into a training need from the need form.
 */
@Controller
class SignalController {

	private final IndicatorViews views;

	private final WelfareStats welfare;

	private final Categories categories;

	SignalController(IndicatorViews views, WelfareStats welfare, Categories categories) {
		this.views = views;
		this.welfare = welfare;
		this.categories = categories;
	}

	@GetMapping("/steering/signals")
	String signals(Model model) {
		SanadUser user = CurrentUser.get();
		int year = Dates.today().getYear();
		model.addAttribute("behind", views.all(year).stream().filter(v -> "RED".equals(v.light())).toList());
		// the concern statistics are national for the directorate and the committee only
		boolean concerns = user.is(Role.DGSN_SOCIAL, Role.COMMITTEE);
		List<WelfareStats.Cell> top = concerns ? welfare.byCategory(user, year).stream()
			.filter(c -> c.chartValue() != null).sorted(Comparator.comparing(WelfareStats.Cell::chartValue).reversed())
			.limit(5).toList() : List.of();
		model.addAttribute("concerns", top);
		model.addAttribute("categories", categories);
		model.addAttribute("satisfaction", concerns ? welfare.summary(user, year).satisfaction() : null);
		model.addAttribute("canPropose", user.is(Role.TRAINING_MANAGER, Role.DGSN_SOCIAL));
		return "steering/signals :: signals";
	}
}
