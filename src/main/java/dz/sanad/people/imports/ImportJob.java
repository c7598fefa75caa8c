package dz.sanad.people.imports;

import java.time.Instant;

/** The kept report of one HR import: who, when, counts, errors, and where it stands. */
public record ImportJob(Long id, String fileName, long fileSize, ImportStatus status, long phaseTotal, long phaseDone,
		int memberRows, int familyRows, int errorRows, int membersCreated, int membersUpdated, int familyCreated,
		int familyUpdated, String failureKey, String failureArg, String createdBy, Instant createdAt,
		Instant previewedAt, String committedBy, Instant committedAt, String ignoredColumns) {

	/** Percentage for the progress bar, or -1 while the total is not known yet (first reading of the file). */
	public int percent() {
		if (status == ImportStatus.COMMITTED || status == ImportStatus.PREVIEWED) {
			return 100;
		}
		return phaseTotal <= 0 ? -1 : (int) Math.min(100, phaseDone * 100 / phaseTotal);
	}

	/** Whether the file had columns the import does not read: the commit then needs them acknowledged. */
	public boolean hasIgnoredColumns() {
		return ignoredColumns != null && !ignoredColumns.isBlank();
	}

	public boolean committable() {
		return status == ImportStatus.PREVIEWED && errorRows == 0;
	}
}
