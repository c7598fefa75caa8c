package dz.sanad.platform;

import java.util.List;

/**
 * A refused operation (illegal state transition, rule broken) carrying a message key and arguments, translated
 * where it is shown: a page's alert, or a 409/422 JSON body in the API.
 */
public class BusinessException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	private final String field;

	/** Every refusal when several rules were broken at once (this one is the first); empty otherwise. */
	private final transient List<BusinessException> others;

	/* No public constructor: with a String argument, (key, args…) and (field, key, args…) bound to each other (the
	 * nominations import showed a matricule instead of its message). The two factories below say which is meant. */

	private BusinessException(String field, String messageKey, Object[] args, List<BusinessException> others) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
		this.others = others;
	}

	/**
	 * Several rules broken at once, all reported together (each next to its field): the first is the headline,
	 * {@link #all()} lists them all.
	 */
	public static BusinessException allOf(List<BusinessException> refusals) {
		BusinessException first = refusals.get(0);
		return new BusinessException(first.field, first.messageKey, first.args, List.copyOf(refusals));
	}

	/** Every refusal this exception reports: itself, or all of them when several rules were broken. */
	public List<BusinessException> all() {
		return others == null || others.isEmpty() ? List.of(this) : others;
	}

	/** A refused operation not tied to a form field; every argument is a message argument. */
	public static BusinessException of(String messageKey, Object... args) {
		return new BusinessException(null, messageKey, args, List.of());
	}

	/** A refused operation shown next to the form field {@code field}. */
	public static BusinessException onField(String field, String messageKey, Object... args) {
		return new BusinessException(field, messageKey, args, List.of());
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args;
	}

	/** The form field concerned, if any. */
	public String field() {
		return field;
	}
}
