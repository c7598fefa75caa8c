package dz.sanad.activities.web;

import dz.sanad.platform.BusinessException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Small helpers shared by the module's page controllers. */
final class Pages {

	private Pages() {
	}

	/** A refused action shown as the page's translated alert after the redirect. */
	static void fail(RedirectAttributes flash, BusinessException e) {
		flash.addFlashAttribute("error", e.messageKey());
		flash.addFlashAttribute("errorArgs", e.args() == null || e.args().length == 0 ? null
				: java.util.Arrays.stream(e.args()).map(String::valueOf).toArray(String[]::new));
	}

	/** A refused form shown next to its field (or as a global error). */
	static void reject(BindingResult errors, BusinessException e, String defaultField) {
		String field = e.field() == null ? defaultField : e.field();
		if (field == null) {
			errors.reject(e.messageKey(), e.args(), e.messageKey());
		}
		else {
			errors.rejectValue(field, e.messageKey(), e.args(), e.messageKey());
		}
	}

	static void ok(RedirectAttributes flash, String key) {
		flash.addFlashAttribute("success", key);
	}
}
