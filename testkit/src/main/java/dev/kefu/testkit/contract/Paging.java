package dev.kefu.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Walks a paged query page by page and checks every page against the expected full result. */
final class Paging {

  private Paging() {}

  /**
   * Checks that the pages of {@code query} cut {@code expectedIds} into consecutive slices: no
   * page overlaps or skips, each has the right total and {@code hasNext}, and the page after the
   * last is empty.
   */
  static <T> void assertPagesWalk(
      String what, List<String> expectedIds, Function<PageRequest, Page<T>> query, Function<T, String> id, int size) {
    int n = expectedIds.size();
    List<String> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(size);
    for (int pageNo = 1; pageNo <= n / size + 1; pageNo++) {
      Page<T> page = query.apply(request);
      int from = request.offset();
      int to = Math.min(n, from + size);
      String where = what + ", page " + pageNo + " of size " + size;
      assertThat(page.total()).as(where + ": total").isEqualTo(n);
      assertThat(page.items()).extracting(id::apply).as(where + ": items").containsExactlyElementsOf(expectedIds.subList(from, to));
      assertThat(page.hasNext()).as(where + ": hasNext").isEqualTo(to < n);
      seen.addAll(page.items().stream().map(id).toList());
      if (!page.hasNext()) {
        break;
      }
      request = request.next();
    }
    assertThat(seen).as(what + ": all pages together").containsExactlyElementsOf(expectedIds);
    Page<T> beyond = query.apply(new PageRequest(n, size));
    assertThat(beyond.items()).as(what + ": the page after the last").isEmpty();
    assertThat(beyond.total()).as(what + ": total of the page after the last").isEqualTo(n);
    assertThat(beyond.hasNext()).as(what + ": hasNext of the page after the last").isFalse();
  }
}
