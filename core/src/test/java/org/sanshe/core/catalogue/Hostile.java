package org.sanshe.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.function.Executable;
import org.sanshe.core.error.InvalidInputException;
import org.sanshe.core.error.Localizable;
import org.sanshe.core.error.Problem;
import org.sanshe.core.error.SansheException;

/**
 * One hostile input of a bad-input catalogue, and the checks every refusal must pass: a coded
 * {@link SansheException} within {@link #TIME_LIMIT}, messages of at most {@link #MAX_MESSAGE}
 * characters in both languages, no echo of the input, a Chinese message without English words
 * (codes and the caller's own values aside), and unchanged state.
 *
 * @param name what the case tries
 * @param input the hostile text, or null when the input is not a text
 * @param action the call that must be refused
 * @param state a snapshot of the state the call must not change
 */
public record Hostile(String name, String input, Executable action, Supplier<Object> state) {

  /** Generous, so that a loaded CI machine does not flake; hostile inputs take microseconds. */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(2);

  /** The longest message allowed, in characters. */
  public static final int MAX_MESSAGE = 400;

  /** A resident ID number (valid check character, synthetic) typed into the wrong field. */
  public static final String RESIDENT_ID = "11010519491231002X";

  /** A mobile phone number typed into the wrong field. */
  public static final String PHONE = "13812345678";

  /** A megabyte of digits. */
  public static final String MEGA_DIGITS = "9".repeat(1 << 20);

  /** A megabyte of Chinese characters. */
  public static final String MEGA_NAME = "社".repeat(1 << 20);

  // Latin words a Chinese message may hold: standards, formats and names of file formats.
  private static final Set<String> ALLOWED =
      Set.of(
          "GB",
          "ISO",
          "MOD",
          "ASCII",
          "CSV",
          "JSON",
          "NFC",
          "Pabulib",
          "META",
          "PROJECTS",
          "VOTES",
          "PrefLib",
          "SOI",
          "ABIF",
          "yyyy",
          "KIND",
          "MM",
          "H1",
          "Q1");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

  /**
   * A case whose state is checked by the caller's snapshot.
   *
   * @param name what the case tries
   * @param input the hostile text, or null
   * @param action the call
   * @param state the snapshot
   * @return the case
   */
  public static Hostile of(String name, String input, Executable action, Supplier<Object> state) {
    return new Hostile(name, input, action, state);
  }

  /**
   * A case of a stateless call (a parser, a value's factory).
   *
   * @param name what the case tries
   * @param input the hostile text, or null
   * @param action the call
   * @return the case
   */
  public static Hostile of(String name, String input, Executable action) {
    return new Hostile(name, input, action, () -> "stateless");
  }

  /** Runs the call and checks the refusal. */
  public void check() {
    Object before = state.get();
    Throwable[] thrown = new Throwable[1];
    assertTimeoutPreemptively(
        TIME_LIMIT,
        () -> {
          try {
            action.execute();
          } catch (Throwable t) {
            thrown[0] = t;
          }
        },
        name);
    assertThat(thrown[0])
        .as(name + ": refused with a coded error")
        .isInstanceOf(SansheException.class);
    SansheException e = (SansheException) thrown[0];
    assertThat(e.code()).as(name).matches("[A-Z][A-Z0-9_]+");
    List<String> english = new ArrayList<>(List.of(e.getMessage(), e.message(Locale.ENGLISH)));
    List<String> chinese = new ArrayList<>(List.of(e.message(Locale.SIMPLIFIED_CHINESE)));
    List<String> paths = new ArrayList<>();
    if (e instanceof InvalidInputException invalid) {
      invalid.problems().all().forEach(p -> paths.add(p.path()));
    }
    checkChinese(e.message(Locale.SIMPLIFIED_CHINESE), e.arguments(), paths);
    if (e instanceof InvalidInputException invalid) {
      for (Problem p : invalid.problems().all()) {
        english.add(p.path() + " " + p.message(Locale.ENGLISH));
        chinese.add(p.path() + " " + p.message(Locale.SIMPLIFIED_CHINESE));
        checkChinese(p.message(Locale.SIMPLIFIED_CHINESE), p.arguments(), paths);
      }
    }
    for (String m : concat(english, chinese)) {
      assertThat(m.length()).as(name + ": message length").isLessThanOrEqualTo(MAX_MESSAGE);
      assertThat(m)
          .as(name + ": no personal data")
          .doesNotContain(RESIDENT_ID)
          .doesNotContain(PHONE);
      if (input != null && input.strip().length() >= 6) {
        assertThat(m).as(name + ": no echo").doesNotContain(input.strip());
      }
    }
    assertThat(state.get()).as(name + ": state unchanged").isEqualTo(before);
  }

  private void checkChinese(String message, List<Object> arguments, List<String> paths) {
    // Codes in brackets and the problem paths (in the caller's terms) are not words.
    String rest = message.replaceAll("\\[[A-Z0-9_]+\\]", " ");
    for (String p : paths) {
      if (!p.isEmpty()) {
        rest = rest.replace(p, " ");
      }
    }
    for (Object a : arguments) {
      if (!(a instanceof Localizable)) {
        String shown = String.valueOf(a);
        if (!shown.isEmpty()) {
          rest = rest.replace(shown, " ");
        }
      }
    }
    Matcher m = WORD.matcher(rest);
    while (m.find()) {
      assertThat(ALLOWED)
          .as(name + ": English word in the Chinese message: " + message)
          .contains(m.group());
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Override
  public String toString() {
    return name;
  }
}
