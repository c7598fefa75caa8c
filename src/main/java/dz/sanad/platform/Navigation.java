package dz.sanad.platform;

import java.util.List;

/** Implemented by each module that adds pages to the main navigation. */
public interface Navigation {

	List<NavLink> links();
}
