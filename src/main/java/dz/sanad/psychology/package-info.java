/**
 * Psychological follow-up of members and their families (المتابعة النفسية): one confidential record per person
 * followed, opened by self-referral, after a critical incident or on a command or medical referral; care team,
 * consent scopes, progress and process notes sealed at rest, appointments at the social-medical centres, referrals
 * out on the platform case engine, the on-call psychologist's break-the-glass, and suppressed aggregates for the
 * committee. Nobody outside the care team and the psychology lead reads content; every read goes to the read log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Psychology")
package dz.sanad.psychology;
