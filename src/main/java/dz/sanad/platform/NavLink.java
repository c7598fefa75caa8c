package dz.sanad.platform;

import java.util.Set;

/**
 * An entry of the main navigation, contributed by a module through a {@link Navigation} bean and shown only to the
 * roles it names (role names without the ROLE_ prefix). {@code section} groups entries in the menu.
 */
public record NavLink(String section, String labelKey, String href, Set<String> roles, int order) {
}
