package dz.sanad.platform;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page action reports its outcome: success as the message key {@value #SUCCESS}, a refusal as the
 * translated text {@value #ERROR} (every argument formatted, the field's label first when the bundle has
 * {@code <module>.field.<field>}) and the field to highlight {@value #ERROR_FIELD}. {@code layout.html} shows both in
 * one alert each. A form redisplayed with what was typed uses {@link Forms#reject} instead.
 */
@Component("platformPages")
public class Pages {

	public static final String SUCCESS = "success";

	public static final String ERROR = "error";

	public static final String ERROR_FIELD = "errorField";

	private final MessageSource messages;

	Pages(MessageSource messages) {
		this.messages = messages;
	}

	/** Runs the action, flashes its success (a key, may be null) or refusal, and redirects to {@code redirect}. */
	public String run(RedirectAttributes flash, String redirect, String successKey, Runnable action) {
		succeeds(flash, successKey, action);
		return "redirect:" + redirect;
	}

	/** Runs the action and flashes its outcome; true when it went through (for actions whose redirect depends on it). */
	public boolean succeeds(RedirectAttributes flash, String successKey, Runnable action) {
		return attempt(flash, successKey, () -> {
			action.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/** Runs the action (which returns non-null) and flashes its outcome; its result when it went through, empty when refused. */
	public <T> Optional<T> attempt(RedirectAttributes flash, String successKey, Supplier<T> action) {
		try {
			T result = action.get();
			if (successKey != null) {
				flash.addFlashAttribute(SUCCESS, successKey);
			}
			return Optional.of(result);
		}
		catch (BusinessException e) {
			refuse(flash, e);
			return Optional.empty();
		}
	}

	/** Runs the action for a page rendered directly; when refused, the refusal goes to the model and this is false. */
	public boolean succeeds(Model model, Runnable action) {
		try {
			action.run();
			return true;
		}
		catch (BusinessException e) {
			refuse(model, e);
			return false;
		}
	}

	/** As {@link #succeeds(Model, Runnable)}, with the action's result when it went through. */
	public <T> Optional<T> attempt(Model model, Supplier<T> action) {
		try {
			return Optional.of(action.get());
		}
		catch (BusinessException e) {
			refuse(model, e);
			return Optional.empty();
		}
	}

	/** A refusal shown on the page the action redirects to. */
	public void refuse(RedirectAttributes flash, BusinessException e) {
		flash.addFlashAttribute(ERROR, text(e));
		if (e.field() != null) {
			flash.addFlashAttribute(ERROR_FIELD, e.field());
		}
	}

	/** A refusal not raised by a service (an empty upload, a missing choice), shown after the redirect. */
	public void refuse(RedirectAttributes flash, String key, Object... args) {
		refuse(flash, BusinessException.of(key, args));
	}

	/** A refusal shown on the page rendered directly (no redirect). */
	public void refuse(Model model, BusinessException e) {
		model.addAttribute(ERROR, text(e));
		model.addAttribute(ERROR_FIELD, e.field());
	}

	/** The refusal in the request's language, every argument formatted, prefixed by its field's label if known. */
	public String text(BusinessException e) {
		var locale = LocaleContextHolder.getLocale();
		String message = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
		if (e.field() != null && e.messageKey().contains(".")) {
			String module = e.messageKey().substring(0, e.messageKey().indexOf('.'));
			String label = messages.getMessage(module + ".field." + e.field(), null, null, locale);
			if (label != null) {
				return label + " : " + message;
			}
		}
		return message;
	}

	public String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
