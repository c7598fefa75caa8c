package dz.sanad.platform.confidential;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A String field stored sealed in a {@code bytea} column: {@code @Convert(converter = SealedText.class)}. Hibernate
 * gets it from Spring (Boot's bean container), so the converter uses the application's {@link Sealer}.
 */
@Converter
public class SealedText implements AttributeConverter<String, byte[]> {

	static final String PURPOSE = "sanad.sealed-field";

	private final Sealer sealer;

	public SealedText(Sealer sealer) {
		this.sealer = sealer;
	}

	@Override
	public byte[] convertToDatabaseColumn(String attribute) {
		return sealer.seal(attribute, PURPOSE);
	}

	@Override
	public String convertToEntityAttribute(byte[] dbData) {
		return sealer.open(dbData, PURPOSE);
	}
}
