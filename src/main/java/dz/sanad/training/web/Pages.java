package dz.sanad.training.web;

import dz.sanad.platform.BusinessException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a page action and turns a refused one into a translated message on the page it redirects to. */
@Component("trainingPages")
class Pages {

	private final MessageSource messages;

	Pages(MessageSource messages) {
		this.messages = messages;
	}

	String run(RedirectAttributes flash, String redirect, String successKey, Runnable action) {
		try {
			action.run();
			if (successKey != null) {
				flash.addFlashAttribute("success", successKey);
			}
		}
		catch (BusinessException e) {
			flash.addFlashAttribute("errorText", text(e));
			if (e.field() != null) {
				flash.addFlashAttribute("errorField", e.field());
			}
		}
		return "redirect:" + redirect;
	}

	String text(BusinessException e) {
		return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
