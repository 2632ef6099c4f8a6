package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.organization.AnnualReport;
import org.sanshe.jackson.core.SansheCoreModule;
import org.sanshe.jackson.deliberation.SansheDeliberationModule;
import org.sanshe.jackson.timebank.SansheTimeBankModule;

/**
 * A portal vendor's own DTOs share one mapper with Sanshe's types: Sanshe's modules must never
 * change how the vendor's {@code java.time} values are written or read, in any registration order.
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

  private static List<ObjectMapper> mappersInEveryOrder() {
    List<ObjectMapper> mappers = new ArrayList<>();
    List<Module> sanshe =
        List.of(new SansheCoreModule(), new SansheTimeBankModule(), new SansheDeliberationModule());
    ObjectMapper sansheFirst = new ObjectMapper();
    sanshe.forEach(sansheFirst::registerModule);
    sansheFirst.registerModule(new JavaTimeModule());
    mappers.add(sansheFirst);
    ObjectMapper sansheLast = new ObjectMapper();
    sansheLast.registerModule(new JavaTimeModule());
    for (int i = sanshe.size() - 1; i >= 0; i--) {
      sansheLast.registerModule(sanshe.get(i));
    }
    mappers.add(sansheLast);
    mappers.add(new ObjectMapper().findAndRegisterModules());
    return mappers;
  }

  @Test
  void the_vendors_dates_are_written_as_the_vendor_configured_them_in_every_order()
      throws Exception {
    for (ObjectMapper mapper : mappersInEveryOrder()) {
      assertThat(mapper.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isTrue();
      String json = mapper.writeValueAsString(BOOKING);
      // JavaTimeModule with timestamps on: epoch seconds, arrays; @JsonFormat honoured.
      assertThat(json)
          .isEqualTo(
              "{\"at\":1772352000.000000000,\"day\":\"01.03.2026\",\"month\":[2026,3],\"year\":2026}");
      assertThat(mapper.readValue(json, Booking.class)).isEqualTo(BOOKING);
      String iso =
          mapper
              .writer()
              .without(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
              .writeValueAsString(BOOKING);
      assertThat(iso).contains("\"at\":\"2026-03-01T08:00:00Z\"").contains("\"month\":\"2026-03\"");
    }
  }

  @Test
  void numeric_vendor_dates_still_read_and_a_bad_vendor_date_is_no_sanshe_error() throws Exception {
    for (ObjectMapper mapper : mappersInEveryOrder()) {
      assertThat(mapper.readValue("{\"at\":1772352000}", Booking.class).at())
          .isEqualTo(BOOKING.at());
      assertThatThrownBy(() -> mapper.readValue("{\"at\":\"yesterday\"}", Booking.class))
          .isInstanceOf(InvalidFormatException.class)
          .hasMessageNotContaining("TIMEBANK")
          .hasMessageNotContaining("REGISTRY");
    }
  }

  @Test
  void sanshes_own_dates_stay_iso_strings_whatever_the_vendor_configured() throws Exception {
    AnnualReport report = new AnnualReport(Year.of(2025), LocalDate.of(2026, 3, 1));
    for (ObjectMapper mapper : mappersInEveryOrder()) {
      String json = mapper.writeValueAsString(report);
      assertThat(json).isEqualTo("{\"year\":\"2025\",\"submittedOn\":\"2026-03-01\"}");
      assertThat(mapper.readValue(json, AnnualReport.class)).isEqualTo(report);
    }
  }

  @Test
  void without_any_java_time_module_sanshes_dates_still_work_and_the_vendors_fail_as_jackson_says()
      throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SansheCoreModule());
    AnnualReport report = new AnnualReport(Year.of(2025), LocalDate.of(2026, 3, 1));
    assertThat(mapper.readValue(mapper.writeValueAsString(report), AnnualReport.class))
        .isEqualTo(report);
    assertThatThrownBy(() -> mapper.writeValueAsString(BOOKING))
        .hasMessageContaining("jackson-datatype-jsr310");
  }
}
