package org.sanshe.core.registry.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.PageRequest;

/**
 * One page of an HSDS API list endpoint ({@code /services}, {@code /organizations}): the page
 * header the API reference requires and the page's contents.
 *
 * <p>Pages are numbered from 1 (the API's {@code page} parameter); {@code per_page} is 1 to {@link
 * PageRequest#MAX_LIMIT}. {@code total_pages} is the number of non-empty pages (0 when nothing
 * matches); {@code size} is the number of entities on this page; {@code first_page} is page 1;
 * {@code last_page} says no page follows this one (so it is also true for a page past the end);
 * {@code empty} says the whole result set is empty.
 *
 * <p>Immutable if its contents are; thread-safe then.
 *
 * @param <T> the type of the entities listed
 * @param totalItems how many entities match in all
 * @param totalPages how many pages they fill
 * @param pageNumber this page's number, from 1
 * @param size how many entities this page holds
 * @param firstPage whether this is page 1
 * @param lastPage whether no page follows this one
 * @param empty whether no entity matches at all
 * @param contents the entities of this page, in order
 */
public record HsdsPage<T>(
    long totalItems,
    long totalPages,
    int pageNumber,
    int size,
    boolean firstPage,
    boolean lastPage,
    boolean empty,
    List<T> contents) {

  private static final Wording PAGE = Wording.of("The page number", "页码");
  private static final Wording PER_PAGE = Wording.of("The page size", "每页条数");
  private static final Wording CONTENTS = Wording.of("The page's contents", "本页内容");
  private static final Wording HEADER = Wording.of("The page header", "分页信息");
  private static final Wording AT_LEAST_ONE = Wording.of("must be at least 1", "不能小于 1");
  private static final Wording PER_PAGE_RANGE =
      Wording.of(
          "must be 1 to " + PageRequest.MAX_LIMIT, "必须在 1 至 " + PageRequest.MAX_LIMIT + " 之间");
  private static final Wording TOTAL_FIT =
      Wording.of(
          "must hold exactly the entities the total leaves for this page", "条数必须与总数在本页剩余的条数一致");
  private static final Wording CONSISTENT =
      Wording.of("must agree with the contents and the total", "必须与内容和总数一致");
  private static final Wording TOO_FAR = Wording.of("is too far for the page size", "超出范围");

  /**
   * Checks that the header agrees with itself and the contents, and copies the contents.
   *
   * @throws NullPointerException if contents is null or holds null
   * @throws SansheException with {@code ARGUMENT_INVALID} if a count is negative, {@code size} is
   *     not the number of contents, or the flags contradict the counts
   */
  public HsdsPage {
    contents = List.copyOf(contents);
    if (totalItems < 0
        || totalPages < 0
        || pageNumber < 1
        || size != contents.size()
        || size > totalItems
        || firstPage != (pageNumber == 1)
        || lastPage != (pageNumber >= totalPages)
        || empty != (totalItems == 0)
        || (totalItems == 0) != (totalPages == 0)) {
      throw new SansheException(CoreError.ARGUMENT_INVALID, HEADER, CONSISTENT);
    }
  }

  /**
   * Returns the registry request that fetches an HSDS page: offset {@code (page - 1) * perPage},
   * limit {@code perPage}.
   *
   * @param pageNumber the page, from 1
   * @param perPage the page size, 1 to {@link PageRequest#MAX_LIMIT}
   * @return the request
   * @throws SansheException with {@code ARGUMENT_INVALID} for a page below 1, a size out of range
   *     or an offset beyond {@code int}
   */
  public static PageRequest request(int pageNumber, int perPage) {
    checkArguments(pageNumber, perPage);
    long offset = (long) (pageNumber - 1) * perPage;
    if (offset > Integer.MAX_VALUE) {
      throw new SansheException(CoreError.ARGUMENT_INVALID, PAGE, TOO_FAR);
    }
    return new PageRequest((int) offset, perPage);
  }

  /**
   * Builds a page from the entities of that page and the total, as a registry query returns them.
   *
   * @param <T> the entity type
   * @param contents the entities of the page, not null
   * @param totalItems how many entities match in all, at least 0
   * @param pageNumber the page, from 1
   * @param perPage the page size, 1 to {@link PageRequest#MAX_LIMIT}
   * @return the page
   * @throws SansheException with {@code ARGUMENT_INVALID} for bad page arguments, a negative total,
   *     or contents that are not exactly what the total leaves for this page
   */
  public static <T> HsdsPage<T> of(List<T> contents, long totalItems, int pageNumber, int perPage) {
    Objects.requireNonNull(contents, "contents");
    checkArguments(pageNumber, perPage);
    if (totalItems < 0) {
      throw new SansheException(CoreError.ARGUMENT_INVALID, CONTENTS, TOTAL_FIT);
    }
    long before = (long) (pageNumber - 1) * perPage;
    long expected = Math.max(0, Math.min(perPage, totalItems - before));
    if (contents.size() != expected) {
      throw new SansheException(CoreError.ARGUMENT_INVALID, CONTENTS, TOTAL_FIT);
    }
    long totalPages = totalItems / perPage + (totalItems % perPage == 0 ? 0 : 1);
    return new HsdsPage<>(
        totalItems,
        totalPages,
        pageNumber,
        contents.size(),
        pageNumber == 1,
        pageNumber >= totalPages,
        totalItems == 0,
        contents);
  }

  /**
   * Builds one page of a whole result held in memory.
   *
   * @param <T> the entity type
   * @param all every matching entity, in order, not null
   * @param pageNumber the page, from 1
   * @param perPage the page size, 1 to {@link PageRequest#MAX_LIMIT}
   * @return the page (empty contents for a page past the end)
   * @throws SansheException with {@code ARGUMENT_INVALID} for bad page arguments
   */
  public static <T> HsdsPage<T> slice(List<T> all, int pageNumber, int perPage) {
    Objects.requireNonNull(all, "all");
    checkArguments(pageNumber, perPage);
    long from = Math.min(all.size(), (long) (pageNumber - 1) * perPage);
    long to = Math.min(all.size(), from + perPage);
    return of(all.subList((int) from, (int) to), all.size(), pageNumber, perPage);
  }

  /**
   * Returns the same page with each entity converted.
   *
   * @param <R> the new entity type
   * @param mapper the conversion, not null, never returning null
   * @return the converted page
   */
  public <R> HsdsPage<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    List<R> mapped = new ArrayList<>(contents.size());
    for (T t : contents) {
      mapped.add(mapper.apply(t));
    }
    return new HsdsPage<>(
        totalItems, totalPages, pageNumber, size, firstPage, lastPage, empty, mapped);
  }

  private static void checkArguments(int pageNumber, int perPage) {
    if (pageNumber < 1) {
      throw new SansheException(CoreError.ARGUMENT_INVALID, PAGE, AT_LEAST_ONE);
    }
    if (perPage < 1 || perPage > PageRequest.MAX_LIMIT) {
      throw new SansheException(CoreError.ARGUMENT_INVALID, PER_PAGE, PER_PAGE_RANGE);
    }
  }
}
