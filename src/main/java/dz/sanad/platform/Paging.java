package dz.sanad.platform;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Page requests from query parameters, bounded so nobody asks for a million rows on one page. */
public final class Paging {

	public static final int DEFAULT_SIZE = 25;

	public static final int MAX_SIZE = 200;

	/** No list has this many pages; beyond it the offset (page × size) would overflow an int and PostgreSQL's bigint. */
	public static final int MAX_PAGE = 1_000_000;

	private Paging() {
	}

	public static Pageable of(Integer page, Integer size, Sort sort) {
		int p = page == null || page < 0 ? 0 : Math.min(page, MAX_PAGE);
		int s = size == null || size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		return PageRequest.of(p, s, sort);
	}
}
