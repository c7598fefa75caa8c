package dz.sanad.platform;

/**
 * A module's share of the demo data. Run once per contributor (recorded in platform_demo_seed) in ascending
 * {@link #order()}, only in demo mode; modules seed their own tables through their own code.
 */
public interface DemoDataContributor {

	enum Scale {
		SMALL, NATIONAL
	}

	/** Stable name recorded once seeded. */
	String name();

	int order();

	void seed(Scale scale);
}
