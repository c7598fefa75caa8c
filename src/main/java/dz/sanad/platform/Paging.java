package dz.sanad.platform;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Page requests from query parameters, bounded so nobody asks for a million rows on one page. */
public final class Paging {

	public static final int DEFAULT_SIZE = 25;

	public static final int MAX_SIZE = 200;

	private Paging() {
	}

	public static Pageable of(Integer page, Integer size, Sort sort) {
		int p = page == null || page < 0 ? 0 : page;
		int s = size == null || size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		return PageRequest.of(p, s, sort);
	}
}
