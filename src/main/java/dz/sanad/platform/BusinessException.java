package dz.sanad.platform;

/**
 * A refused operation (illegal state transition, rule broken) carrying a message key and arguments, translated
 * where it is shown: a page's alert, or a 409/422 JSON body in the API.
 */
public class BusinessException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	private final String field;

	public BusinessException(String messageKey, Object... args) {
		this(null, messageKey, args);
	}

	public BusinessException(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
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
