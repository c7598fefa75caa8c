package dz.sanad.platform;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/**
 * The form twin of {@link Pages}: every refusal of a {@link BusinessException} goes next to its field of the bound
 * form (or, without a field, to the form's {@code defaultField} if given, else to the form as a whole), so the page
 * redisplays what was typed with each error.
 */
public final class Forms {

	private Forms() {
	}

	/** Runs a form's action; when refused, the refusals go to the form's fields and the result is empty. */
	public static <T> Optional<T> attempt(BindingResult errors, Supplier<T> action) {
		return attempt(errors, null, action);
	}

	/** As {@link #attempt(BindingResult, Supplier)}, a refusal without a field of the form going to {@code defaultField}. */
	public static <T> Optional<T> attempt(BindingResult errors, String defaultField, Supplier<T> action) {
		try {
			return Optional.of(action.get());
		}
		catch (BusinessException e) {
			reject(errors, e, defaultField);
			return Optional.empty();
		}
	}

	/** As {@link #attempt(BindingResult, Supplier)} for an action without result: true when it went through. */
	public static boolean succeeds(BindingResult errors, Runnable action) {
		return succeeds(errors, null, action);
	}

	/** As {@link #succeeds(BindingResult, Runnable)}, a refusal without a field of the form going to {@code defaultField}. */
	public static boolean succeeds(BindingResult errors, String defaultField, Runnable action) {
		return attempt(errors, defaultField, () -> {
			action.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	public static void reject(BindingResult errors, BusinessException e) {
		reject(errors, e, null);
	}

	public static void reject(BindingResult errors, BusinessException e, String defaultField) {
		for (BusinessException r : e.all()) {
			String field = onForm(errors, r.field()) ? r.field() : defaultField;
			if (field != null) {
				errors.rejectValue(field, r.messageKey(), r.args(), r.messageKey());
			}
			else {
				errors.reject(r.messageKey(), r.args(), r.messageKey());
			}
		}
	}

	private static boolean onForm(BindingResult errors, String field) {
		return field != null && errors.getTarget() != null
				&& BeanUtils.getPropertyDescriptor(errors.getTarget().getClass(), field) != null;
	}
}
