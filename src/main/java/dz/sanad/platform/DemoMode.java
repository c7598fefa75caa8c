package dz.sanad.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Whether this instance runs with demo data and demo accounts (on with the embedded database by default). */
@Component("demoMode")
public class DemoMode {

	private final boolean enabled;

	private final DemoDataContributor.Scale scale;

	DemoMode(@Value("${sanad.demo.enabled:false}") boolean enabled,
			@Value("${sanad.demo.scale:small}") String scale) {
		this.enabled = enabled;
		this.scale = DemoDataContributor.Scale.valueOf(scale.toUpperCase(java.util.Locale.ROOT));
	}

	public boolean isEnabled() {
		return enabled;
	}

	public DemoDataContributor.Scale scale() {
		return scale;
	}
}
