package dz.sanad.psychology.instruments;

/**
 * The result of a completed questionnaire: the total, the message key of its severity band, and whether the safety
 * rule fired (PHQ-9 item 9 above 0: crisis guidance is shown at once and the on-call psychologist alerted).
 */
public record Score(int total, String bandKey, boolean safetyAlert) {
}
