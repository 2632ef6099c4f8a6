package org.sanshe.core.error;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The English and Chinese message templates of one module's error codes.
 *
 * <p>A catalog named {@code time-bank} is read from the class-path resources {@code
 * META-INF/sanshe/time-bank.properties} (English) and {@code
 * META-INF/sanshe/time-bank_zh.properties} (Chinese), both UTF-8, next to the anchor class. {@code
 * META-INF} is not a package, so the resources are readable on the module path too. Immutable and
 * thread-safe once loaded.
 */
public final class MessageCatalog {

  private final String name;
  private final Map<String, String> english;
  private final Map<String, String> chinese;

  private MessageCatalog(String name, Map<String, String> english, Map<String, String> chinese) {
    this.name = name;
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * Loads a catalog.
   *
   * @param anchor a class of the module that ships the resources, not null
   * @param name the catalog's name, such as {@code core}, not null
   * @return the loaded catalog
   * @throws UncheckedIOException if a resource is missing or unreadable
   */
  public static MessageCatalog load(Class<?> anchor, String name) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(name, "name");
    return new MessageCatalog(
        name,
        read(anchor, "/META-INF/sanshe/" + name + ".properties"),
        read(anchor, "/META-INF/sanshe/" + name + "_zh.properties"));
  }

  private static Map<String, String> read(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing message resource " + resource));
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> map = new java.util.HashMap<>();
      properties.forEach((k, v) -> map.put((String) k, (String) v));
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the template of a code in a locale's language: Chinese for {@code zh}, else English.
   *
   * @param code the code, not null
   * @param locale the locale, not null
   * @return the template, or the code itself when the catalog has none
   */
  public String template(String code, Locale locale) {
    Map<String, String> map = "zh".equals(locale.getLanguage()) ? chinese : english;
    String template = map.get(code);
    return template != null ? template : english.getOrDefault(code, code);
  }

  /**
   * Tells whether both languages have a template for a code; used by tests to keep catalogs
   * complete.
   *
   * @param code the code, not null
   * @return true when English and Chinese templates exist
   */
  public boolean covers(String code) {
    return english.containsKey(code) && chinese.containsKey(code);
  }

  /**
   * Formats a template, replacing {@code {i}} with {@code String.valueOf(arguments[i])}. Unlike
   * {@link java.text.MessageFormat}, apostrophes are plain text and numbers are not localized.
   *
   * @param template the template, not null
   * @param arguments the arguments, not null
   * @return the message
   */
  public static String format(String template, List<?> arguments) {
    return format(template, arguments, Locale.ENGLISH);
  }

  /**
   * Formats a template in a locale's language: a {@link Localizable} argument is rendered with
   * {@link Localizable#text(Locale)}, any other with {@code String.valueOf}. Each rendered argument
   * is cut to {@value #MAX_ARGUMENT_LENGTH} characters (ending in {@code …}), so that no message
   * grows with its input.
   *
   * @param template the template, not null
   * @param arguments the arguments, not null
   * @param locale the reader's locale, not null
   * @return the message
   */
  public static String format(String template, List<?> arguments, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i);
        if (close > i + 1) {
          String index = template.substring(i + 1, close);
          if (index.chars().allMatch(Character::isDigit) && index.length() < 3) {
            int n = Integer.parseInt(index);
            out.append(n < arguments.size() ? render(arguments.get(n), locale) : "{" + index + "}");
            i = close + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** The longest rendered argument, in characters; longer ones are cut. */
  public static final int MAX_ARGUMENT_LENGTH = 120;

  private static String render(Object argument, Locale locale) {
    String text = argument instanceof Localizable l ? l.text(locale) : String.valueOf(argument);
    if (text.length() <= MAX_ARGUMENT_LENGTH) {
      return text;
    }
    int cut = MAX_ARGUMENT_LENGTH - 1;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "…";
  }

  @Override
  public String toString() {
    return "MessageCatalog[" + name + ", " + english.size() + " codes]";
  }
}
