package dz.sanad.activities.web;

import dz.sanad.platform.Paging;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;

/** Paging of the module's short in-memory lists (sections, programmes, athletes of a scope). */
final class Lists {

	private Lists() {
	}

	static <T> Page<T> page(List<T> all, Integer page) {
		var pageable = Paging.of(page, null, Sort.unsorted());
		int from = (int) Math.min(pageable.getOffset(), all.size());
		int to = Math.min(from + pageable.getPageSize(), all.size());
		return new PageImpl<>(all.subList(from, to), pageable, all.size());
	}
}
