package dz.sanad.platform;

import org.springframework.validation.BindingResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every broken rule of a form before refusing it, so that the user sees all of them at once, each next to
 * its field, instead of one per attempt: {@code v.onField(cond, "birthDate", "key"); … v.throwIfAny();}.
 */
public final class Violations {

	private final List<BusinessException> refusals = new ArrayList<>();

	/** Records the refusal when {@code broken} holds; returns whether it did. */
	public boolean onField(boolean broken, String field, String messageKey, Object... args) {
		if (broken) {
			refusals.add(BusinessException.onField(field, messageKey, args));
		}
		return broken;
	}

	public void add(BusinessException refusal) {
		refusals.add(refusal);
	}

	/** Adds each recorded refusal to a bound form that has errors of its own (a field keeps its first error). */
	public void add(BindingResult errors) {
		for (BusinessException r : refusals) {
			if (r.field() == null || !errors.hasFieldErrors(r.field())) {
				Forms.reject(errors, r);
			}
		}
	}

	public boolean isEmpty() {
		return refusals.isEmpty();
	}

	public void throwIfAny() {
		if (!refusals.isEmpty()) {
			throw BusinessException.allOf(refusals);
		}
	}
}
