package dz.sanad.holidays;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The allocation rules on their own: determinism, capacities, quotas, siblings, explanations. */
class AllocatorTest {

	static final List<Allocator.Criterion> RULES = List.of(new Allocator.Criterion("MARTYR", 50),
			new Allocator.Criterion("KIDS", 2));

	static Allocator.Applicant app(long id, long family, String wilaya, boolean together, int martyr, int kids,
			long... choices) {
		return new Allocator.Applicant(id, family, wilaya, choices, together, Map.of("MARTYR", martyr, "KIDS", kids));
	}

	static Allocator.Input random(long seed, int n, int shifts, int capacity) {
		Random r = new Random(7);
		Map<Long, Integer> cap = new LinkedHashMap<>();
		for (long s = 1; s <= shifts; s++) {
			cap.put(s, capacity);
		}
		List<Allocator.Applicant> apps = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			long a = 1 + r.nextInt(shifts);
			long b = 1 + (a % shifts);
			long c = 1 + (b % shifts);
			apps.add(app(i, i / 2, String.format("%02d", 1 + r.nextInt(5)), r.nextInt(4) == 0, r.nextInt(20) == 0 ? 1 : 0,
					r.nextInt(5), a, b, c));
		}
		return new Allocator.Input(seed, RULES, cap, Map.of("01", capacity), apps);
	}

	@Test
	void sameInputsAndSeedGiveTheSameResultWhateverTheInputOrder() {
		Allocator.Input in = random(42, 2000, 12, 60);
		Allocator.Result first = Allocator.allocate(in, null);
		List<Allocator.Applicant> shuffled = new ArrayList<>(in.applicants());
		Collections.shuffle(shuffled, new Random(1));
		Allocator.Result again = Allocator.allocate(new Allocator.Input(in.seed(), in.criteria(), in.capacity(),
				in.quotas(), shuffled), null);
		assertThat(again.outcomes()).isEqualTo(first.outcomes());
		assertThat(again.taken()).isEqualTo(first.taken());
	}

	@Test
	void anotherSeedChangesOnlyTheTieBreaks() {
		Allocator.Input in = random(42, 500, 4, 20);
		Allocator.Result a = Allocator.allocate(in, null);
		Allocator.Result b = Allocator.allocate(new Allocator.Input(43, in.criteria(), in.capacity(), in.quotas(),
				in.applicants()), null);
		assertThat(a.outcomes()).isNotEqualTo(b.outcomes());
		// scores never depend on the seed, and the order is by score first
		List<Integer> scoresA = a.outcomes().stream().map(Allocator.Outcome::score).toList();
		List<Integer> scoresB = b.outcomes().stream().map(Allocator.Outcome::score).toList();
		assertThat(scoresA).isEqualTo(scoresB).isSortedAccordingTo(Collections.reverseOrder());
	}

	@Test
	void neverExceedsCapacityOrQuotaAndFillsChoicesInRankOrder() {
		Allocator.Input in = random(9, 3000, 10, 50);
		Allocator.Result r = Allocator.allocate(in, null);
		Map<Long, Integer> taken = new HashMap<>();
		Map<String, Integer> byWilaya = new HashMap<>();
		Map<Long, Allocator.Applicant> apps = new HashMap<>();
		in.applicants().forEach(a -> apps.put(a.id(), a));
		for (Allocator.Outcome o : r.outcomes()) {
			if (o.placedShiftId() != null) {
				taken.merge(o.placedShiftId(), 1, Integer::sum);
				byWilaya.merge(apps.get(o.applicationId()).wilaya(), 1, Integer::sum);
				assertThat(apps.get(o.applicationId()).choices()[o.choice() - 1]).isEqualTo(o.placedShiftId());
				assertThat(o.refusals()).hasSizeLessThanOrEqualTo(o.choice() - 1);
			}
			else {
				assertThat(o.choice()).isZero();
			}
		}
		taken.values().forEach(t -> assertThat(t).isLessThanOrEqualTo(50));
		assertThat(byWilaya.get("01")).isLessThanOrEqualTo(50);
		assertThat(r.placed()).isEqualTo(taken.values().stream().mapToInt(Integer::intValue).sum());
		assertThat(r.taken()).isEqualTo(taken);
	}

	@Test
	void higherScoreWinsAndTheLoserIsToldWhy() {
		Map<Long, Integer> cap = Map.of(1L, 1, 2L, 1);
		Allocator.Input in = new Allocator.Input(5, RULES, cap, Map.of(), List.of(
				app(1, 1, "16", false, 0, 1, 1, 2),
				app(2, 2, "16", false, 1, 0, 1, 2)));
		Allocator.Result r = Allocator.allocate(in, null);
		Allocator.Outcome martyr = r.outcomes().get(0);
		Allocator.Outcome other = r.outcomes().get(1);
		assertThat(martyr.applicationId()).isEqualTo(2);
		assertThat(martyr.score()).isEqualTo(50);
		assertThat(martyr.points()).containsEntry("MARTYR", 50).containsEntry("KIDS", 0);
		assertThat(martyr.choice()).isEqualTo(1);
		assertThat(other.rank()).isEqualTo(2);
		assertThat(other.choice()).isEqualTo(2);
		assertThat(other.refusals()).containsExactly(Allocator.Refusal.FULL);
	}

	@Test
	void quotaSendsTheApplicantToTheWaitingListWithTheReason() {
		Allocator.Input in = new Allocator.Input(5, RULES, Map.of(1L, 5), Map.of("16", 1), List.of(
				app(1, 1, "16", false, 1, 0, 1), app(2, 2, "16", false, 0, 0, 1), app(3, 3, "31", false, 0, 0, 1)));
		Allocator.Result r = Allocator.allocate(in, null);
		Allocator.Outcome second16 = r.outcomes().stream().filter(o -> o.applicationId() == 2).findFirst().orElseThrow();
		assertThat(second16.placedShiftId()).isNull();
		assertThat(second16.refusals()).containsExactly(Allocator.Refusal.QUOTA);
		assertThat(r.placed()).isEqualTo(2);
	}

	@Test
	void siblingsArePlacedTogetherWhenOneShiftCanTakeThemAll() {
		// shift 1 has 1 place left for the family's turn, shift 2 has 2: both siblings go to shift 2 together
		Allocator.Input in = new Allocator.Input(5, RULES, Map.of(1L, 2, 2L, 2), Map.of(), List.of(
				app(1, 99, "16", false, 1, 9, 1), // best score, takes one place of shift 1
				app(2, 7, "16", true, 0, 3, 1, 2), app(3, 7, "16", true, 0, 3, 1, 2)));
		Allocator.Result r = Allocator.allocate(in, null);
		Map<Long, Allocator.Outcome> by = new HashMap<>();
		r.outcomes().forEach(o -> by.put(o.applicationId(), o));
		assertThat(by.get(2L).placedShiftId()).isEqualTo(2L);
		assertThat(by.get(3L).placedShiftId()).isEqualTo(2L);
		assertThat(by.get(2L).siblings()).isEqualTo(Allocator.Siblings.TOGETHER);
		assertThat(by.get(1L).placedShiftId()).isEqualTo(1L);
	}

	@Test
	void siblingsAreSplitOnlyWhenNoShiftCanTakeThemAll() {
		Allocator.Input in = new Allocator.Input(5, RULES, Map.of(1L, 1, 2L, 1), Map.of(), List.of(
				app(2, 7, "16", true, 0, 3, 1, 2), app(3, 7, "16", true, 0, 3, 1, 2)));
		Allocator.Result r = Allocator.allocate(in, null);
		assertThat(r.placed()).isEqualTo(2);
		assertThat(r.outcomes()).allSatisfy(o -> assertThat(o.siblings()).isEqualTo(Allocator.Siblings.SPLIT));
	}

	@Test
	void lotteryIsStableAndSpread() {
		assertThat(Allocator.lottery(1, 2)).isEqualTo(Allocator.lottery(1, 2)).isNotEqualTo(Allocator.lottery(2, 2))
			.isNotNegative();
	}
}
