/**
 * Family health care (الرعاية الصحية للعائلات): a health record per person of the registry (allergies, a coded problem
 * list, medications, blood group), visits at a social-medical centre with vitals and the child's growth curve,
 * appointments with weekly availability and capacity, neutral reminders by mail and SMS (SMPP), referrals to the
 * police hospital on the platform case engine, chronic follow-up lists, campaigns, and a FHIR R4 export. Clinical
 * text is sealed, every read goes to the read log, and family members keep their privacy from each other.
 * Children's vaccinations live in {@code health.vaccination}, part of this module.
 * <p>
 * Public API for other modules: {@link dz.sanad.health.HealthReminders} (the vaccination part sends due-dose
 * reminders through it), {@link dz.sanad.health.HealthFigures} (indicators for steering, small counts suppressed)
 * and {@link dz.sanad.health.HealthFitness} (holidays' "fit for camp" answer, nothing more).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Health")
package dz.sanad.health;
