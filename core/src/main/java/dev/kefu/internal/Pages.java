package dev.kefu.internal;

import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Walks every page of a store's listing, in the store's order, the largest pages a store gives. */
final class Pages {

  private Pages() {}

  /** Hands every item of every page to {@code action}, page by page. */
  static <T> void forEach(Function<PageRequest, Page<T>> list, Consumer<? super T> action) {
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<T> page = list.apply(request);
      page.items().forEach(action);
      if (!page.hasNext()) {
        return;
      }
      request = request.next();
    }
  }

  /** @return every item of every page, in order */
  static <T> List<T> all(Function<PageRequest, Page<T>> list) {
    List<T> out = new ArrayList<>();
    forEach(list, out::add);
    return out;
  }
}
