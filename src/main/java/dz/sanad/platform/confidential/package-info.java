/**
 * The confidentiality layer of sensitive records (psychological follow-up, family health): encryption at rest
 * ({@link dz.sanad.platform.confidential.Sealer}, {@link dz.sanad.platform.confidential.SealedText}),
 * break-the-glass ({@link dz.sanad.platform.confidential.BreakGlass}) and consent scopes per case
 * ({@link dz.sanad.platform.confidential.CaseConsents}). The read log is the audit module's {@code ReadLog}.
 * Modules declare a {@link dz.sanad.platform.confidential.ConfidentialDomain} and keep their own access rules.
 */
package dz.sanad.platform.confidential;
