package dz.sanad.platform;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.DeserializationProblemHandler;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The JSON API reads numbers and dates sent as text like the pages do ({@link TypedValues}): Arabic-Indic digits
 * and a decimal comma. Only text Jackson could not read is looked at again, so valid JSON is read exactly as before.
 */
@Configuration(proxyBeanMethods = false)
class JsonDigits {

	@Bean
	JsonMapperBuilderCustomizer typedDigits() {
		return builder -> builder.addHandler(new Handler());
	}

	static final class Handler extends DeserializationProblemHandler {

		@Override
		public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> type, String value, String msg) {
			return read(type, value);
		}

		@Override
		public Object handleWeirdKey(DeserializationContext ctxt, Class<?> type, String key, String msg) {
			return read(type, key);
		}

		static Object read(Class<?> type, String value) {
			if (value == null) {
				return NOT_HANDLED;
			}
			try {
				if (type == Integer.class || type == int.class) {
					return Integer.valueOf(Digits.latin(value).trim());
				}
				if (type == Long.class || type == long.class) {
					return Long.valueOf(Digits.latin(value).trim());
				}
				if (type == Double.class || type == double.class) {
					return Double.valueOf(Digits.decimal(value));
				}
				if (type == BigDecimal.class) {
					return new BigDecimal(Digits.decimal(value));
				}
				if (type == LocalDate.class) {
					return TypedValues.date(value);
				}
			}
			catch (RuntimeException e) {
				return NOT_HANDLED; // still not a number or a date: Jackson reports it as before
			}
			return NOT_HANDLED;
		}
	}
}
