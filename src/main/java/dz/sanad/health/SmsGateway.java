package dz.sanad.health;

import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * SMS through the operator's SMPP gateway (how Algerian operators connect applications). Off by default
 * ({@code sanad.health.sms.enabled}); host, port, system id, password and sender come from properties. Text is sent
 * as UCS-2 (Arabic); above one segment it goes in the message_payload parameter instead of short_message.
 */
@Component
class SmsGateway {

	private final boolean enabled;

	private final String host;

	private final int port;

	private final String systemId;

	private final String password;

	private final String sender;

	SmsGateway(@Value("${sanad.health.sms.enabled:false}") boolean enabled,
			@Value("${sanad.health.sms.host:localhost}") String host, @Value("${sanad.health.sms.port:2775}") int port,
			@Value("${sanad.health.sms.system-id:sanad}") String systemId,
			@Value("${sanad.health.sms.password:}") String password,
			@Value("${sanad.health.sms.sender:SANAD}") String sender) {
		this.enabled = enabled;
		this.host = host;
		this.port = port;
		this.systemId = systemId;
		this.password = password;
		this.sender = sender;
	}

	boolean enabled() {
		return enabled;
	}

	/** Sends one message; returns the gateway's message id. Throws when the gateway refuses or is unreachable. */
	String send(String msisdn, String text) throws Exception {
		SMPPSession session = new SMPPSession();
		session.setTransactionTimer(10_000);
		try {
			session.connectAndBind(host, port, new BindParameter(BindType.BIND_TX, systemId, password, "sanad",
					TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
			byte[] body = text.getBytes(StandardCharsets.UTF_16BE);
			boolean single = body.length <= 140;
			OptionalParameter[] extra = single ? new OptionalParameter[0]
					: new OptionalParameter[] { new OptionalParameter.OctetString(
							OptionalParameter.Tag.MESSAGE_PAYLOAD.code(), body) };
			return session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, sender,
					TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, msisdn.replace("+", ""), new ESMClass(),
					(byte) 0, (byte) 1, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT), (byte) 0,
					new GeneralDataCoding(Alphabet.ALPHA_UCS2, MessageClass.CLASS1, false), (byte) 0,
					single ? body : new byte[0], extra).getMessageId();
		}
		finally {
			session.unbindAndClose();
		}
	}
}
