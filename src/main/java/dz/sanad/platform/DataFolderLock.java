package dz.sanad.platform;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Marks an embedded data folder as owned by a live Sanad: an OS file lock on {@code <data-dir>.lock} (beside the
 * folder, which initdb needs empty), held for as long as the application runs and released by the OS when its
 * process dies, even by {@code kill -9}. The file records the owner's pid and port for the refusal message.
 */
final class DataFolderLock implements Closeable {

	private final FileChannel channel;

	private final FileLock lock;

	private DataFolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static Path fileFor(Path dataDir) {
		return dataDir.resolveSibling(dataDir.getFileName() + ".lock");
	}

	/** Takes the lock, or refuses with the owner's pid and port when a live process holds it. */
	static DataFolderLock acquire(Path dataDir) throws IOException {
		Path file = fileFor(dataDir);
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException sameJvm) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			String owner = Files.readString(file, StandardCharsets.UTF_8).trim();
			String[] parts = owner.split("\\s+");
			throw new IllegalStateException("Sanad is already running with this data folder " + dataDir + ", pid "
					+ (parts.length > 0 && !parts[0].isEmpty() ? parts[0] : "?") + ", port "
					+ (parts.length > 1 ? parts[1] : "?") + ": stop it first or set sanad.embedded.data-dir");
		}
		return new DataFolderLock(channel, lock);
	}

	/** Records who holds the folder (read by a refused second start). */
	void record(long pid, int port) throws IOException {
		channel.truncate(0);
		channel.write(ByteBuffer.wrap((pid + " " + port + "\n").getBytes(StandardCharsets.UTF_8)), 0);
		channel.force(true);
	}

	@Override
	public void close() throws IOException {
		if (channel.isOpen()) {
			lock.release();
			channel.close();
		}
	}
}
