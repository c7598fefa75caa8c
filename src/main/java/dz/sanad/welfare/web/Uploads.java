package dz.sanad.welfare.web;

import dz.sanad.platform.BusinessException;
import dz.sanad.welfare.ConcernThread;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Shared bits of the welfare controllers: uploads read with their size checked first. */
final class Uploads {

	private Uploads() {
	}

	static ConcernThread.Upload of(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		if (file.getSize() > ConcernThread.MAX_BYTES) {
			throw BusinessException.onField("file", "welfare.error.file-size", ConcernThread.MAX_BYTES / (1024 * 1024));
		}
		try {
			return new ConcernThread.Upload(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
