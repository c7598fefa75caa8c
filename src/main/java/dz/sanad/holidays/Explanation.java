package dz.sanad.holidays;

import java.util.List;
import java.util.Map;

/**
 * What an applicant is shown: value and points per criterion, score, rank among how many, the lottery number from
 * the published seed, which choice they got (0: waiting list), why each better choice was not given (FULL /
 * QUOTA), and whether siblings were kept together.
 */
public record Explanation(Map<String, Integer> values, Map<String, Integer> points, int score, int rank, int of,
		long lottery, long seed, int choice, List<String> refusals, String siblings) {
}
