package com.example.portal.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.organization.AnnualReport;
import org.sanshe.jackson3.core.SansheCoreModule;
import org.sanshe.jackson3.deliberation.SansheDeliberationModule;
import org.sanshe.jackson3.timebank.SansheTimeBankModule;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A portal vendor's own DTOs share one mapper with Sanshe's types: Sanshe's modules must never
 * change how the vendor's {@code java.time} values are written or read (Jackson 3 handles {@code
 * java.time} itself), in any registration order and with either timestamp setting.
 */
class VendorDatesTest {

  /** The vendor's DTO, outside Sanshe's packages. */
  public record Booking(
      Instant at,
      @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "dd.MM.yyyy") LocalDate day,
      YearMonth month,
      Year year) {}

  private static final Booking BOOKING =
      new Booking(
          Instant.parse("2026-03-01T08:00:00Z"),
          LocalDate.of(2026, 3, 1),
          YearMonth.of(2026, 3),
          Year.of(2026));

  private static List<ObjectMapper> mappersInEveryOrder(boolean timestamps) {
    List<JacksonModule> sanshe =
        List.of(new SansheCoreModule(), new SansheTimeBankModule(), new SansheDeliberationModule());
    List<JsonMapper.Builder> builders = new ArrayList<>();
    JsonMapper.Builder first = JsonMapper.builder();
    sanshe.forEach(first::addModule);
    builders.add(first);
    JsonMapper.Builder last = JsonMapper.builder();
    for (int i = sanshe.size() - 1; i >= 0; i--) {
      last.addModule(sanshe.get(i));
    }
    builders.add(last);
    builders.add(JsonMapper.builder().findAndAddModules());
    List<ObjectMapper> mappers = new ArrayList<>();
    for (JsonMapper.Builder b : builders) {
      mappers.add(b.configure(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, timestamps).build());
    }
    return mappers;
  }

  @Test
  void the_vendors_dates_are_written_exactly_as_without_sanshe_in_every_order() {
    for (boolean timestamps : new boolean[] {true, false}) {
      ObjectMapper plain =
          JsonMapper.builder()
              .configure(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, timestamps)
              .build();
      String expected = plain.writeValueAsString(BOOKING);
      assertThat(expected).contains("\"day\":\"01.03.2026\"");
      for (ObjectMapper mapper : mappersInEveryOrder(timestamps)) {
        assertThat(mapper.writeValueAsString(BOOKING)).isEqualTo(expected);
        assertThat(mapper.readValue(expected, Booking.class)).isEqualTo(BOOKING);
      }
    }
  }

  @Test
  void numeric_vendor_dates_still_read_and_a_bad_vendor_date_is_no_sanshe_error() {
    for (ObjectMapper mapper : mappersInEveryOrder(true)) {
      assertThat(mapper.readValue("{\"at\":1772352000}", Booking.class).at())
          .isEqualTo(BOOKING.at());
      assertThatThrownBy(() -> mapper.readValue("{\"at\":\"yesterday\"}", Booking.class))
          .isInstanceOf(InvalidFormatException.class)
          .hasMessageNotContaining("TIMEBANK")
          .hasMessageNotContaining("REGISTRY");
    }
  }

  @Test
  void sanshes_own_dates_stay_iso_strings_whatever_the_vendor_configured() {
    AnnualReport report = new AnnualReport(Year.of(2025), LocalDate.of(2026, 3, 1));
    for (boolean timestamps : new boolean[] {true, false}) {
      for (ObjectMapper mapper : mappersInEveryOrder(timestamps)) {
        String json = mapper.writeValueAsString(report);
        assertThat(json).isEqualTo("{\"year\":\"2025\",\"submittedOn\":\"2026-03-01\"}");
        assertThat(mapper.readValue(json, AnnualReport.class)).isEqualTo(report);
      }
    }
  }
}
