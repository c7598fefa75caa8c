package dz.sanad.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A JSON text holding a NUL byte is refused while the body is read (400 naming the field), as request parameters are
 * by {@link RequestInputFilter}: PostgreSQL cannot store it.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	JacksonModule refuseNulInJsonText() {
		return new SimpleModule("sanad-no-nul").addDeserializer(String.class, new NoNulString());
	}

	/** Jackson's own text reading (coercions, empty values), then the NUL check. */
	static final class NoNulString extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String value = super.deserialize(p, ctxt);
			if (RequestInputFilter.hasNul(value)) {
				return (String) ctxt.reportInputMismatch(this, "NUL byte in a text value");
			}
			return value;
		}
	}
}
