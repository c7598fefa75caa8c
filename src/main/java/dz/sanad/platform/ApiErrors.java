package dz.sanad.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translated JSON errors for the REST API: the field named, the message in the caller's language. Before
 * {@link BadRequests}, which answers what this does not handle on pages and API alike.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BusinessException.class)
	ResponseEntity<Map<String, Object>> business(BusinessException e) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", 422);
		body.put("error", e.messageKey());
		if (e.field() != null) {
			body.put("field", e.field());
		}
		body.put("message", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
		if (e.all().size() > 1) {
			body.put("errors", e.all().stream().map(r -> {
				Map<String, Object> one = new LinkedHashMap<>();
				one.put("field", r.field());
				one.put("error", r.messageKey());
				one.put("message", messages.getMessage(r.messageKey(), r.args(), r.messageKey(), LocaleContextHolder.getLocale()));
				return one;
			}).toList());
		}
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(body);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", 404, "error", "not-found",
				"message", messages.getMessage("error.404.text", null, LocaleContextHolder.getLocale())));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
		List<Map<String, String>> fields = e.getBindingResult().getFieldErrors().stream()
			.map(f -> Map.of("field", f.getField(), "message", message(f))).toList();
		return ResponseEntity.badRequest().body(Map.of("status", 400, "error", "validation", "fields", fields));
	}

	private String message(FieldError f) {
		return messages.getMessage(f, LocaleContextHolder.getLocale());
	}
}
