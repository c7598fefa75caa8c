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

	/** One page of an in-memory list (short lists: sections, programmes, athletes of a scope). */
	static <T> org.springframework.data.domain.Page<T> page(java.util.List<T> all, Integer page) {
		var pageable = dz.sanad.platform.Paging.of(page, null, org.springframework.data.domain.Sort.unsorted());
		int from = (int) Math.min(pageable.getOffset(), all.size());
		int to = Math.min(from + pageable.getPageSize(), all.size());
		return new org.springframework.data.domain.PageImpl<>(all.subList(from, to), pageable, all.size());
	}

	static void ok(RedirectAttributes flash, String key) {
		flash.addFlashAttribute("success", key);
	}
}
