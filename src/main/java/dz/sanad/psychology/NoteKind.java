package dz.sanad.psychology;

/** PROGRESS: the care team reads it. PROCESS: the author only, excluded from exports and from break-the-glass. */
public enum NoteKind {
	PROGRESS, PROCESS;

	public String messageKey() {
		return "psychology.note.kind." + name();
	}
}
