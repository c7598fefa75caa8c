package dz.sanad.platform;

/**
 * A refused operation (illegal state transition, rule broken) carrying a message key and arguments, translated
 * where it is shown: a page's alert, or a 409/422 JSON body in the API.
 */
public class BusinessException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	private final String field;

	/** @deprecated a String first argument binds to {@link #BusinessException(String, String, Object...)}: use {@link #of}. */
	@Deprecated
	public BusinessException(String messageKey, Object... args) {
		this(null, messageKey, args);
	}

	/** @deprecated ambiguous with the key-only constructor: use {@link #onField}. */
	@Deprecated
	public BusinessException(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	/** A refused operation not tied to a form field; every argument is a message argument. */
	public static BusinessException of(String messageKey, Object... args) {
		return new BusinessException(null, messageKey, args);
	}

	/** A refused operation shown next to the form field {@code field}. */
	public static BusinessException onField(String field, String messageKey, Object... args) {
		return new BusinessException(field, messageKey, args);
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
