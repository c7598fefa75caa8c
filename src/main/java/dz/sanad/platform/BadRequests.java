package dz.sanad.platform;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import java.io.IOException;
import java.sql.SQLException;
import java.time.DateTimeException;

/**
 * Input the application cannot use answers 4xx, never 500: the status is sent here, the translated message is put
 * on the error page or the JSON error by {@link SanadErrorAttributes} from the request attributes set here. The API's
 * own {@link ApiErrors} comes first for what it handles.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BadRequests {

	/** Message key (and optional arguments, field) of a refused request, read when the error is rendered. */
	static final String KEY = "sanad.error.key";

	static final String ARGS = "sanad.error.args";

	static final String FIELD = "sanad.error.field";

	/** PostgreSQL's class 22, "data exception": a value the column cannot hold (NUL in text, out of range...). */
	private static final String DATA_EXCEPTION = "22";

	static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String field,
			String key, Object... args) throws IOException {
		request.setAttribute(KEY, key);
		request.setAttribute(ARGS, args);
		if (field != null) {
			request.setAttribute(FIELD, field);
		}
		response.sendError(status.value());
	}

	/** Pages: a refused operation no controller showed next to its field gets the 4xx page with the message. */
	@ExceptionHandler(BusinessException.class)
	void business(BusinessException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
		refuse(request, response, HttpStatus.UNPROCESSABLE_CONTENT, e.field(), e.messageKey(), e.args());
	}

	/** Not a multipart request, or no file in it. */
	@ExceptionHandler(MultipartException.class)
	void multipart(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (e instanceof MaxUploadSizeExceededException) {
			refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, null, "error.file.too-large");
		}
		else {
			refuse(request, response, HttpStatus.BAD_REQUEST, null, "error.file.missing.any");
		}
	}

	/**
	 * Spring's own binding failures keep their 400, explained from the exception by {@link SanadErrorAttributes}:
	 * without this, the handlers below would take them for the parse error they wrap and lose the field's name.
	 */
	@ExceptionHandler({ TypeMismatchException.class, HttpMessageNotReadableException.class })
	void binding(Exception e, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	/** A date, month or number read by hand from a parameter that is not one. */
	@ExceptionHandler({ DateTimeException.class, NumberFormatException.class })
	void unparsable(RuntimeException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
		refuse(request, response, HttpStatus.BAD_REQUEST, null, "error.input.invalid");
	}

	/**
	 * The database refused a value (SQL class 22), or a repository got a null id because the request lacked it:
	 * the request was wrong, not the system. Anything else stays a 500.
	 */
	@ExceptionHandler({ DataAccessException.class, PersistenceException.class })
	void data(RuntimeException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (e instanceof InvalidDataAccessApiUsageException && e.getCause() instanceof IllegalArgumentException
				|| dataException(e)) {
			refuse(request, response, HttpStatus.BAD_REQUEST, null, "error.input.invalid");
			return;
		}
		throw e;
	}

	private static boolean dataException(Throwable e) {
		for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& sql.getSQLState().startsWith(DATA_EXCEPTION)) {
				return true;
			}
		}
		return false;
	}
}
