/**
 * Steering the agreement between the ministry and the DGSN: the agreement as a living object (parties,
 * articles, commitments, versions approved by both co-chairs against a hash of their text, annexes), its results
 * framework (objective, result, indicator with targets, computed from the modules' published figures or entered
 * with evidence, periods locked and approved), and the joint follow-up committee (meetings, agenda, decisions,
 * actions carried until done, minutes approved then frozen). Aggregates only, under the platform's disclosure rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Steering")
package dz.sanad.steering;
