package dz.sanad.access.web;

import dz.sanad.access.Account;
import dz.sanad.access.AccountForm;
import dz.sanad.access.AccountService;
import dz.sanad.access.AccountService.AccountFilter;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Scope;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Forms;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import dz.sanad.platform.Role;
import dz.sanad.platform.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

@Controller
@RequestMapping("/admin/accounts")
class AccountController {

	private final AccountService accounts;

	private final Organisation organisation;

	private final Xlsx xlsx;

	AccountController(AccountService accounts, Organisation organisation, Xlsx xlsx) {
		this.accounts = accounts;
		this.organisation = organisation;
		this.xlsx = xlsx;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(AccountFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		var result = accounts.search(filter, Paging.of(page, size, Sort.by("username")));
		model.addAttribute("filter", filter);
		model.addAttribute("page", result);
		model.addAttribute("units", unitsOf(result.getContent()));
		return "access/accounts";
	}

	@GetMapping("/export")
	void export(AccountFilter filter, HttpServletResponse response) {
		List<Account> all = accounts.searchAll(filter);
		Map<Long, Unit> units = unitsOf(all);
		xlsx.export(response, "accounts", List.of(
				Xlsx.col("account.username", Account::getUsername),
				Xlsx.col("account.fullName", Account::getFullName),
				Xlsx.col("account.role", a -> a.getRole()),
				Xlsx.col("account.scope", a -> units.containsKey(a.getScopeUnitId()) ? units.get(a.getScopeUnitId()).getCode() : null),
				Xlsx.col("account.enabled", Account::isEnabled),
				Xlsx.col("account.lastLogin", Account::getLastLoginAt)), all.stream(), String.valueOf(filter));
	}

	private Map<Long, Unit> unitsOf(List<Account> list) {
		return organisation.byIds(list.stream().map(Account::getScopeUnitId).filter(Objects::nonNull)
			.collect(Collectors.toSet()));
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new AccountForm());
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return formView(model, null);
		}
		return Forms.attempt(errors, "username", () -> accounts.create(form)).map(a -> {
			flash.addFlashAttribute(Pages.SUCCESS, "account.saved");
			return "redirect:/admin/accounts/" + a.getId();
		}).orElseGet(() -> formView(model, null));
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("form", AccountForm.ofAccount(accounts.get(id)));
		return formView(model, accounts.get(id));
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		Account account = accounts.get(id);
		if (errors.hasErrors()) {
			return formView(model, account);
		}
		if (Forms.succeeds(errors, "username", () -> accounts.update(id, form))) {
			flash.addFlashAttribute(Pages.SUCCESS, "account.saved");
			return "redirect:/admin/accounts/" + id;
		}
		return formView(model, account);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, @RequestParam String password, RedirectAttributes flash) {
		try {
			accounts.resetPassword(id, password);
			flash.addFlashAttribute(Pages.SUCCESS, "account.password-reset");
		}
		catch (BusinessException e) {
			// shown under the password field, not as a page alert far from it
			flash.addFlashAttribute("passwordError", e.messageKey());
			flash.addFlashAttribute("passwordErrorArgs", e.args());
		}
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable Long id, RedirectAttributes flash) {
		accounts.unlock(id);
		flash.addFlashAttribute(Pages.SUCCESS, "account.unlocked");
		return "redirect:/admin/accounts/" + id;
	}

	private String formView(Model model, Account account) {
		model.addAttribute("account", account);
		model.addAttribute("scopeOptions", organisation.searchAll(
				new Organisation.UnitFilter(null, null, null, true, null), Scope.NATIONAL));
		return "access/account-form";
	}
}
