package dev.kefu.spi.store;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a sorted query result.
 *
 * @param items the items on this page, in order
 * @param total how many items match the query in all
 * @param request the request that produced this page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, long total, PageRequest request) {

  /**
   * Creates a page; the item list is copied.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are more items than the limit or a negative total
   */
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(request, "request");
    if (items.size() > request.limit()) {
      throw new IllegalArgumentException("page holds " + items.size() + " items, limit " + request.limit());
    }
    if (total < 0) {
      throw new IllegalArgumentException("total must be at least 0, was " + total);
    }
  }

  /**
   * Cuts a page out of a list that is already filtered and sorted.
   *
   * @param all every matching item, in order
   * @param request the slice to take
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> slice(List<T> all, PageRequest request) {
    int from = (int) Math.min(all.size(), (long) request.offset());
    int to = (int) Math.min(all.size(), (long) request.offset() + request.limit());
    return new Page<>(all.subList(from, to), all.size(), request);
  }

  /** @return whether more items follow this page */
  public boolean hasNext() {
    return (long) request.offset() + items.size() < total;
  }

  /**
   * The same page with every item mapped.
   *
   * @param mapper the mapping
   * @param <R> the new item type
   * @return the mapped page
   */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
  }
}
