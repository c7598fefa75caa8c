package dz.sanad.psychology.instruments;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What the crisis guidance fragment ({@code psychology/instruments/fragments :: crisis}) shows staff besides the
 * emergency numbers: who is on call today. Read in the template as {@code @instrumentsCrisis.onCall()}.
 */
@Component("instrumentsCrisis")
public class CrisisContacts {

	private final OnCall onCall;

	CrisisContacts(OnCall onCall) {
		this.onCall = onCall;
	}

	public List<String> onCall() {
		return onCall.names();
	}
}
