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
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The English and Chinese message templates of one module's error codes.
 *
 * <p>A catalog named {@code time-bank} is read from the class-path resources {@code
 * META-INF/sanshe/time-bank.properties} (English) and {@code
 * META-INF/sanshe/time-bank_zh.properties} (Chinese), both UTF-8, next to the anchor class. {@code
 * META-INF} is not a package, so the resources are readable on the module path too.
 *
 * <p>Chinese is chosen for every locale whose language is Chinese ({@code zh}, {@code zh_CN},
 * {@code zh_Hans}, {@code zh_SG}); the templates are written in simplified characters, and
 * traditional-script locales ({@code zh_TW}, {@code zh_HK}, {@code zh_Hant}) get them too, since a
 * Chinese reader is better served by simplified Chinese than by English. Every other locale gets
 * English.
 *
 * <p>Each catalog also reads the {@link ErrorCategory} of its codes from {@code
 * META-INF/sanshe/time-bank-categories.properties}; {@link ErrorCode#category()} finds it through
 * the catalog loaded for the code's enum. A missing categories resource leaves every code {@link
 * ErrorCategory#INVALID_INPUT}; each module's tests require one category per code. Immutable and
 * thread-safe once loaded.
 */
public final class MessageCatalog {

  private final String name;
  private final Map<String, String> english;
  private final Map<String, String> chinese;
  private final Map<String, ErrorCategory> categories;

  private static final Map<Class<?>, MessageCatalog> BY_ANCHOR = new ConcurrentHashMap<>();

  private MessageCatalog(
      String name,
      Map<String, String> english,
      Map<String, String> chinese,
      Map<String, ErrorCategory> categories) {
    this.name = name;
    this.english = english;
    this.chinese = chinese;
    this.categories = categories;
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
    MessageCatalog catalog =
        new MessageCatalog(
            name,
            read(anchor, "/META-INF/sanshe/" + name + ".properties"),
            read(anchor, "/META-INF/sanshe/" + name + "_zh.properties"),
            categories(
                anchor.getResource("/META-INF/sanshe/" + name + "-categories.properties") == null
                    ? Map.of()
                    : read(anchor, "/META-INF/sanshe/" + name + "-categories.properties")));
    BY_ANCHOR.put(anchor, catalog);
    return catalog;
  }

  private static Map<String, ErrorCategory> categories(Map<String, String> names) {
    Map<String, ErrorCategory> map = new java.util.HashMap<>();
    names.forEach((code, category) -> map.put(code, ErrorCategory.valueOf(category.trim())));
    return Map.copyOf(map);
  }

  /**
   * Returns the catalog loaded for an anchor class (the error enum that loaded it), if any.
   *
   * @param anchor the anchor class, not null
   * @return the catalog, or empty when none was loaded for it
   */
  public static Optional<MessageCatalog> forAnchor(Class<?> anchor) {
    return Optional.ofNullable(BY_ANCHOR.get(Objects.requireNonNull(anchor, "anchor")));
  }

  /**
   * Tells whether a locale reads Chinese: its language is {@code zh} (any region or script), or the
   * ISO 639-2 codes {@code zho} and {@code chi}.
   *
   * @param locale the locale, not null
   * @return true when Chinese templates apply
   */
  public static boolean isChinese(Locale locale) {
    String language = locale.getLanguage();
    return language.equals("zh")
        || language.equals("zho")
        || language.equals("chi")
        || language.startsWith("zh_")
        || language.startsWith("zh-");
  }

  /**
   * Returns the category of a code, as listed in the catalog's categories resource.
   *
   * @param code the code, not null
   * @return the category, or empty when the resource does not list the code
   */
  public Optional<ErrorCategory> category(String code) {
    return Optional.ofNullable(categories.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns the name of the catalog, such as {@code core}.
   *
   * @return the name
   */
  public String name() {
    return name;
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
   * Returns the template of a code in a locale's language: Chinese when {@link #isChinese}, else
   * English.
   *
   * @param code the code, not null
   * @param locale the locale, not null
   * @return the template, or the code itself when the catalog has none
   */
  public String template(String code, Locale locale) {
    Map<String, String> map = isChinese(locale) ? chinese : english;
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
   * Tells whether the categories resource gives a category for a code; used by tests to keep
   * catalogs complete.
   *
   * @param code the code, not null
   * @return true when the code has a category
   */
  public boolean categorizes(String code) {
    return categories.containsKey(code);
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
