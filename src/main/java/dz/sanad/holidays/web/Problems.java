package dz.sanad.holidays.web;

import dz.sanad.platform.BusinessException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Turns a refused operation into a translated message (naming the field) for the page. */
@Component
class Problems {

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	String text(BusinessException e) {
		var locale = LocaleContextHolder.getLocale();
		String msg = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
		if (e.field() != null) {
			String label = messages.getMessage("holidays.field." + e.field(), null, null, locale);
			if (label != null) {
				return label + " : " + msg;
			}
		}
		return msg;
	}

	void flash(RedirectAttributes flash, BusinessException e) {
		flash.addFlashAttribute("problem", text(e));
		if (e.field() != null) {
			flash.addFlashAttribute("problemField", e.field());
		}
	}

	void show(Model model, BusinessException e) {
		model.addAttribute("problem", text(e));
		model.addAttribute("problemField", e.field());
	}

	String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
