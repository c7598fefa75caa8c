package dz.sanad.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A port nobody listens on, so that test JVMs running side by side (worktrees, CI) never collide on a mail server. */
public final class FreePort {

	private FreePort() {
	}

	public static int get() {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
