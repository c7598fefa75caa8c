package dz.sanad.platform;

/** Published whenever a user downloads an export, so the audit trail records it. */
public record ExportPerformed(String what, int rows, String filters) {
}
