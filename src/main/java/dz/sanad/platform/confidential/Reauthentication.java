package dz.sanad.platform.confidential;

import dz.sanad.platform.SanadUser;

/** Checks a password the signed-in user types again (break-the-glass); implemented by the access module. */
public interface Reauthentication {

	boolean matches(SanadUser user, String rawPassword);
}
