package dz.sanad.platform;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/**
 * The form twin of a refused operation: every refusal of a {@link BusinessException} goes next to its field of the
 * bound form (or, without a field, to the form as a whole), so the page redisplays what was typed with each error.
 */
public final class Forms {

	private Forms() {
	}

	public static void reject(BindingResult errors, BusinessException e) {
		for (BusinessException r : e.all()) {
			if (r.field() != null && errors.getTarget() != null
					&& BeanUtils.getPropertyDescriptor(errors.getTarget().getClass(), r.field()) != null) {
				errors.rejectValue(r.field(), r.messageKey(), r.args(), r.messageKey());
			}
			else {
				errors.reject(r.messageKey(), r.args(), r.messageKey());
			}
		}
	}
}
