package dz.sanad.platform;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.databind.DatabindException;

import java.util.Map;

/**
 * Adds the correlation id to error pages and JSON errors, and for a refused request (4xx) a translated
 * {@code message} and the {@code field} at fault; never a stack trace or exception message.
 */
@Component
class SanadErrorAttributes extends DefaultErrorAttributes {

	private final MessageSource messages;

	SanadErrorAttributes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attrs = super.getErrorAttributes(request,
				options.excluding(ErrorAttributeOptions.Include.STACK_TRACE, ErrorAttributeOptions.Include.EXCEPTION,
						ErrorAttributeOptions.Include.MESSAGE, ErrorAttributeOptions.Include.BINDING_ERRORS));
		Object id = request.getAttribute(CorrelationIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		// never null: its presence tells the layout this is an error page, whose "error" is a reason phrase, not a key
		attrs.put("correlationId", id == null ? "" : id);
		if (attrs.get("status") instanceof Integer status && status >= 400 && status < 500) {
			explain(request, attrs);
		}
		return attrs;
	}

	/** The message key, arguments and field: set by {@link BadRequests}, else read from Spring's binding error. */
	private void explain(WebRequest request, Map<String, Object> attrs) {
		String key = (String) request.getAttribute(BadRequests.KEY, RequestAttributes.SCOPE_REQUEST);
		Object[] args = (Object[]) request.getAttribute(BadRequests.ARGS, RequestAttributes.SCOPE_REQUEST);
		String field = (String) request.getAttribute(BadRequests.FIELD, RequestAttributes.SCOPE_REQUEST);
		var locale = LocaleContextHolder.getLocale();
		Throwable error = getError(request);
		if (key == null && error instanceof BindException bind && bind.getFieldError() != null) {
			FieldError f = bind.getFieldError();
			attrs.put("field", f.getField());
			// a value that could not be converted (text in a number) is named; a rule broken says which rule
			attrs.put("message", f.isBindingFailure()
					? messages.getMessage("error.param.invalid", new Object[] { f.getField() }, locale)
					: messages.getMessage(f, locale));
			return;
		}
		if (key == null) {
			if (error instanceof MethodArgumentTypeMismatchException e) {
				field = e.getName();
				key = "error.param.invalid";
			}
			else if (error instanceof MissingServletRequestParameterException e) {
				field = e.getParameterName();
				key = "error.param.missing";
			}
			else if (error instanceof MissingServletRequestPartException e) {
				field = e.getRequestPartName();
				key = "error.file.missing";
			}
			else if (error instanceof HttpMessageNotReadableException e) {
				field = e.getCause() instanceof DatabindException d ? jsonField(d) : null;
				key = field == null ? "error.body.unreadable" : "error.param.invalid";
			}
			args = new Object[] { field };
		}
		if (key != null) {
			attrs.put("message", messages.getMessage(key, args, key, locale));
		}
		else {
			String status = String.valueOf(attrs.get("status"));
			attrs.put("message", messages.getMessage("error." + status + ".text", null,
					messages.getMessage("error.4xx.text", null, locale), locale));
		}
		if (field != null) {
			attrs.put("field", field);
		}
	}

	/** The JSON property at fault, e.g. {@code groupId} or {@code present[2]}. */
	private static String jsonField(DatabindException e) {
		StringBuilder path = new StringBuilder();
		for (var ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}
}
