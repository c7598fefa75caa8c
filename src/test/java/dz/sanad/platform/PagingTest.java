package dz.sanad.platform;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest {

	@Test
	void anOverflowingPageIsClampedSoItsOffsetStaysRepresentable() {
		var p = Paging.of(Integer.MAX_VALUE, Paging.MAX_SIZE, Sort.unsorted());
		assertThat(p.getPageNumber()).isEqualTo(Paging.MAX_PAGE);
		assertThat(p.getOffset()).isPositive().isLessThan(Integer.MAX_VALUE);
	}

	@Test
	void negativeAndMissingValuesFallBackToTheFirstPageOfTheDefaultSize() {
		assertThat(Paging.of(-3, -1, Sort.unsorted()).getPageNumber()).isZero();
		assertThat(Paging.of(null, null, Sort.unsorted()).getPageSize()).isEqualTo(Paging.DEFAULT_SIZE);
		assertThat(Paging.of(0, 10_000, Sort.unsorted()).getPageSize()).isEqualTo(Paging.MAX_SIZE);
	}
}
