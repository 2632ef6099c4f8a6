package org.sanshe.core.registry.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.registry.PageRequest;

class HsdsPageTest {

  private static List<Integer> items(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  private static void refused(Runnable r) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreError.ARGUMENT_INVALID));
  }

  @Test
  void twenty_five_items_in_pages_of_ten_fill_three_pages() {
    HsdsPage<Integer> first = HsdsPage.slice(items(25), 1, 10);
    assertThat(first.totalItems()).isEqualTo(25);
    assertThat(first.totalPages()).isEqualTo(3);
    assertThat(first.pageNumber()).isEqualTo(1);
    assertThat(first.size()).isEqualTo(10);
    assertThat(first.firstPage()).isTrue();
    assertThat(first.lastPage()).isFalse();
    assertThat(first.empty()).isFalse();
    assertThat(first.contents()).containsExactlyElementsOf(items(10));

    HsdsPage<Integer> last = HsdsPage.slice(items(25), 3, 10);
    assertThat(last.size()).isEqualTo(5);
    assertThat(last.contents()).containsExactly(20, 21, 22, 23, 24);
    assertThat(last.firstPage()).isFalse();
    assertThat(last.lastPage()).isTrue();
  }

  @Test
  void an_exact_multiple_has_no_empty_trailing_page() {
    HsdsPage<Integer> p = HsdsPage.slice(items(20), 2, 10);
    assertThat(p.totalPages()).isEqualTo(2);
    assertThat(p.lastPage()).isTrue();
    assertThat(p.size()).isEqualTo(10);
  }

  @Test
  void nothing_matching_is_one_empty_first_and_last_page() {
    HsdsPage<Integer> p = HsdsPage.slice(List.of(), 1, 10);
    assertThat(p.totalItems()).isZero();
    assertThat(p.totalPages()).isZero();
    assertThat(p.size()).isZero();
    assertThat(p.firstPage()).isTrue();
    assertThat(p.lastPage()).isTrue();
    assertThat(p.empty()).isTrue();
  }

  @Test
  void a_page_past_the_end_is_empty_and_last_but_the_result_set_is_not_empty() {
    HsdsPage<Integer> p = HsdsPage.slice(items(5), 4, 2);
    assertThat(p.contents()).isEmpty();
    assertThat(p.size()).isZero();
    assertThat(p.totalPages()).isEqualTo(3);
    assertThat(p.lastPage()).isTrue();
    assertThat(p.empty()).isFalse();
  }

  @Test
  void a_registry_page_becomes_an_hsds_page_and_the_request_matches() {
    PageRequest request = HsdsPage.request(3, 10);
    assertThat(request).isEqualTo(new PageRequest(20, 10));
    HsdsPage<String> p = HsdsPage.of(List.of("u", "v"), 22, 3, 10);
    assertThat(p.totalPages()).isEqualTo(3);
    assertThat(p.lastPage()).isTrue();
    assertThat(p.map(String::length).contents()).containsExactly(1, 1);
    assertThat(p.map(String::length).lastPage()).isTrue();
  }

  @Test
  void bad_page_arguments_are_refused_with_a_code() {
    refused(() -> HsdsPage.slice(items(3), 0, 10));
    refused(() -> HsdsPage.slice(items(3), 1, 0));
    refused(() -> HsdsPage.slice(items(3), 1, PageRequest.MAX_LIMIT + 1));
    refused(() -> HsdsPage.request(Integer.MAX_VALUE, PageRequest.MAX_LIMIT));
    refused(() -> HsdsPage.of(List.of(1, 2), 5, 3, 2)); // the total leaves one item for page 3
    refused(() -> HsdsPage.of(List.of(1), 0, 1, 2)); // contents beyond the total
    refused(() -> HsdsPage.of(List.of(), -1, 1, 2));
    refused(() -> new HsdsPage<>(3, 1, 1, 3, true, false, false, List.of(1, 2, 3)));
    refused(() -> new HsdsPage<>(3, 1, 1, 2, true, true, false, List.of(1, 2, 3)));
    refused(() -> new HsdsPage<>(0, 0, 1, 0, true, true, false, List.of()));
  }

  @Test
  void pages_partition_the_items_exactly_once_in_order() {
    long seed = new SplittableRandom().nextLong();
    System.out.println("HsdsPageTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int run = 0; run < 500; run++) {
      int n = random.nextInt(0, 200);
      int perPage = random.nextInt(1, 40);
      List<Integer> all = items(n);
      List<Integer> seen = new ArrayList<>();
      HsdsPage<Integer> page;
      int number = 1;
      do {
        page = HsdsPage.slice(all, number, perPage);
        assertThat(page.totalItems()).as("seed %d", seed).isEqualTo(n);
        assertThat(page.totalPages()).as("seed %d", seed).isEqualTo((n + perPage - 1) / perPage);
        assertThat(page.size()).isEqualTo(page.contents().size()).isLessThanOrEqualTo(perPage);
        assertThat(page.firstPage()).isEqualTo(number == 1);
        if (!page.lastPage()) {
          assertThat(page.size())
              .as("seed %d: only the last page is short", seed)
              .isEqualTo(perPage);
        }
        PageRequest request = HsdsPage.request(number, perPage);
        assertThat(request.offset()).isEqualTo(seen.size());
        seen.addAll(page.contents());
        number++;
      } while (!page.lastPage());
      assertThat(seen).as("seed %d", seed).isEqualTo(all);
      assertThat(number - 1).as("seed %d", seed).isEqualTo(Math.max(1, page.totalPages()));
    }
  }
}
