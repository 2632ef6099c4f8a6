package org.sanshe.deliberation.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.memory.InMemoryConsultations;
import org.sanshe.deliberation.memory.InMemoryMatters;

/** Open consultation forms: presets with the former enum's codes, integrator forms, a catalogue. */
class ConsultationFormTest {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final ConsultationForm COURTYARD = ConsultationForm.of("courtyard-talk");

  @SuppressWarnings("removal")
  @Test
  void each_former_enum_constant_bridges_to_the_preset_with_its_name_as_code() {
    assertThat(Form.values()).hasSize(ConsultationForm.presets().size());
    for (Form f : Form.values()) {
      assertThat(f.form().code()).isEqualTo(f.name());
      assertThat(ConsultationForm.of(f.name())).isSameAs(f.form());
      assertThat(f.form().isPreset()).isTrue();
      assertThat(ConsultationForm.presets().get(f.ordinal())).isEqualTo(f.form());
    }
    assertThat(COURTYARD.isPreset()).isFalse();
    assertThat(COURTYARD.toString()).isEqualTo("courtyard-talk");
    assertThat(COURTYARD).isEqualTo(new ConsultationForm("courtyard-talk"));
    assertThat(ConsultationForm.COUNCIL).isLessThan(ConsultationForm.DIALOGUE);
    // the deprecated overloads give the same consultation as the open form
    ConsultationRules rules =
        ConsultationRules.of(
            Map.of(Form.COUNCIL, EnumSet.of(Party.RESIDENT)), java.time.Duration.ofDays(7));
    assertThat(rules.required(ConsultationForm.COUNCIL)).containsExactly(Party.RESIDENT);
    assertThat(rules.required(Form.COUNCIL)).containsExactly(Party.RESIDENT);
    assertThat(
            Consultation.propose(ConsultationId.of("c"), Form.HEARING, "t", null, rules, T0)
                .snapshot())
        .isEqualTo(
            Consultation.propose(
                    ConsultationId.of("c"), ConsultationForm.HEARING, "t", null, rules, T0)
                .snapshot());
  }

  @Test
  void a_malformed_code_is_refused_by_code_without_repeating_it() {
    for (String bad :
        List.of("", "1abc", "-x", "a b", "形式", "a".repeat(41), "x\u200b", "a/b", "ünter")) {
      assertThatThrownBy(() -> ConsultationForm.of(bad))
          .isInstanceOfSatisfying(
              SansheException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(CoreError.CATALOGUE_CODE_INVALID);
                if (!bad.isEmpty()) {
                  assertThat(e.message(Locale.ENGLISH)).doesNotContain(bad);
                }
              });
    }
    assertThatThrownBy(() -> ConsultationForm.of(null)).hasMessage("code");
    assertThat(ConsultationForm.of("a".repeat(40)).code()).hasSize(40);
  }

  /** Property: a code reads back as itself exactly when it has the documented form. */
  @Test
  void a_code_reads_back_exactly_when_it_has_the_documented_form() {
    long seed = new SplittableRandom().nextLong();
    System.out.println("ConsultationFormTest seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    String alphabet = "aZ09-_ .形/";
    String allowed = "aZq09-_";
    for (int i = 0; i < 5_000; i++) {
      // half the codes from the allowed characters only, with lengths around the limit
      boolean allowedOnly = rnd.nextBoolean();
      String chars = allowedOnly ? allowed : alphabet;
      StringBuilder b = new StringBuilder();
      int n = allowedOnly ? rnd.nextInt(36, 44) : rnd.nextInt(44);
      for (int k = 0; k < n; k++) {
        b.append(chars.charAt(rnd.nextInt(chars.length())));
      }
      String code = b.toString();
      boolean valid = code.matches("[A-Za-z][A-Za-z0-9_-]{0,39}");
      if (valid) {
        assertThat(ConsultationForm.of(code).code()).as("seed %d", seed).isEqualTo(code);
      } else {
        assertThatThrownBy(() -> ConsultationForm.of(code))
            .as("seed %d: %s", seed, code)
            .isInstanceOf(SansheException.class);
      }
    }
  }

  @Test
  void the_catalogue_lists_the_presets_and_takes_integrator_forms() {
    ConsultationFormCatalogue presets = ConsultationFormCatalogue.presets();
    assertThat(presets.entries())
        .extracting(ConsultationFormCatalogue.Entry::form)
        .isEqualTo(ConsultationForm.presets());
    assertThat(presets.find(ConsultationForm.HEARING).orElseThrow().chinese()).isEqualTo("听证会");
    assertThat(presets.find(ConsultationForm.ONLINE).orElseThrow().wording().text(Locale.ENGLISH))
        .isEqualTo("Online deliberation");
    ConsultationFormCatalogue mine = presets.with(COURTYARD, "院落议事", "Courtyard talk");
    assertThat(mine.require(COURTYARD)).isEqualTo(COURTYARD);
    assertThat(mine.entries()).hasSize(6);
    assertThat(presets.contains(COURTYARD)).isFalse();
    assertThat(mine.toString()).contains("courtyard-talk");
    assertThatThrownBy(() -> mine.with(COURTYARD, "院落", "Yard"))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreError.CATALOGUE_CODE_DUPLICATE));
    assertThatThrownBy(() -> presets.with(COURTYARD, " ", "Yard"))
        .isInstanceOfSatisfying(
            SansheException.class, e -> assertThat(e.errorCode()).isEqualTo(CoreError.TEXT_BLANK));
    assertThatThrownBy(() -> presets.with(COURTYARD, "院落", "y".repeat(61)))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreError.TEXT_TOO_LONG));
    assertThatThrownBy(() -> presets.require(COURTYARD))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreError.CATALOGUE_ENTRY_UNKNOWN));
  }

  @Test
  void a_desk_refuses_a_form_its_catalogue_does_not_list_and_stores_nothing() {
    InMemoryConsultations store = new InMemoryConsultations();
    ConsultationDesk presetsOnly =
        ConsultationDesk.builder(store, new InMemoryMatters())
            .clock(Clock.fixed(T0, ZoneOffset.UTC))
            .ids(IdSource.sequential("k"))
            .build();
    assertThatThrownBy(() -> presetsOnly.propose(COURTYARD, "楼道堆物", null))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreError.CATALOGUE_ENTRY_UNKNOWN));
    assertThat(store.all()).isEmpty();

    ConsultationRules rules =
        ConsultationRules.standard()
            .requiring(COURTYARD, EnumSet.of(Party.RESIDENTS_COMMITTEE, Party.RESIDENT));
    ConsultationDesk mine =
        ConsultationDesk.builder(store, new InMemoryMatters())
            .forms(ConsultationFormCatalogue.presets().with(COURTYARD, "院落议事", "Courtyard talk"))
            .rules(rules)
            .clock(Clock.fixed(T0, ZoneOffset.UTC))
            .ids(IdSource.sequential("k"))
            .build();
    ConsultationId id = mine.propose(COURTYARD, "楼道堆物", null).consultation();
    Consultation c = store.find(id).orElseThrow();
    assertThat(c.form()).isEqualTo(COURTYARD);
    assertThat(c.snapshot().rules().required(COURTYARD))
        .containsExactlyInAnyOrder(Party.RESIDENTS_COMMITTEE, Party.RESIDENT);
    assertThat(ConsultationRules.standard().required(COURTYARD)).isEmpty();
    assertThat(rules.requirements()).containsKey(COURTYARD);
    assertThat(rules.requiring(COURTYARD, EnumSet.noneOf(Party.class)))
        .isEqualTo(ConsultationRules.standard());
  }
}
