package dz.sanad.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * Implemented by the module that knows people (people): the name of the person behind an account, in a language,
 * so that the home page greets a member by their own name rather than by the account's label.
 */
public interface PersonNames {

	Optional<String> nameOf(SanadUser user, Locale locale);
}
