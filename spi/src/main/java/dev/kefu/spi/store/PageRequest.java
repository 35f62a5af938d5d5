package dev.kefu.spi.store;

/**
 * Which slice of a sorted result to return.
 *
 * @param offset how many items to skip, at least 0
 * @param limit how many items at most, 1 to {@value #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {

  /** The largest page kefu asks a store for. */
  public static final int MAX_LIMIT = 1000;

  /**
   * Creates a page request.
   *
   * @throws IllegalArgumentException if {@code offset} is negative or {@code limit} is out of range
   */
  public PageRequest {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be at least 0, was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
    }
  }

  /**
   * The first page of the given size.
   *
   * @param limit the page size
   * @return the request
   */
  public static PageRequest first(int limit) {
    return new PageRequest(0, limit);
  }

  /** @return the request for the page after this one */
  public PageRequest next() {
    return new PageRequest(offset + limit, limit);
  }
}
