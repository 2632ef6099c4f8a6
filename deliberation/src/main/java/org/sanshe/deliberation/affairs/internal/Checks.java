package org.sanshe.deliberation.affairs.internal;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/** Argument checks shared by the affairs packages. Stateless and thread-safe. */
public final class Checks {

  private Checks() {}

  /** The longest identifier, in characters: {@value}. */
  public static final int MAX_ID_LENGTH = 64;

  private static final Set<String> NAMES = Set.of("name", "reporter name", "title", "subject");

  private static final Map<String, Wording> FIELDS =
      Map.ofEntries(
          Map.entry("case id", Wording.of("The case id", "案件编号")),
          Map.entry("consultation id", Wording.of("The consultation id", "协商编号")),
          Map.entry("contest id", Wording.of("The contest id", "评选编号")),
          Map.entry("decision", Wording.of("The decision", "决定")),
          Map.entry("entry id", Wording.of("The entry id", "参赛项目编号")),
          Map.entry("grounds", Wording.of("The grounds", "异议理由")),
          Map.entry("judge id", Wording.of("The judge id", "评委编号")),
          Map.entry("matter id", Wording.of("The matter id", "事项编号")),
          Map.entry("minutes", Wording.of("The minutes", "会议纪要")),
          Map.entry("name", Wording.of("The name", "名称")),
          Map.entry("participant id", Wording.of("The participant id", "参与者编号")),
          Map.entry("phone", Wording.of("The phone number", "电话号码")),
          Map.entry("reason", Wording.of("The reason", "理由")),
          Map.entry("recorder", Wording.of("The recorder", "记录人")),
          Map.entry("reporter name", Wording.of("The reporter's name", "报告人姓名")),
          Map.entry("rules", Wording.of("The rules", "规则")),
          Map.entry("subject", Wording.of("The subject", "事由")),
          Map.entry("summary", Wording.of("The summary", "总结")),
          Map.entry("title", Wording.of("The title", "标题")),
          Map.entry("topic", Wording.of("The topic", "议题")),
          Map.entry("vote id", Wording.of("The vote id", "表决编号")),
          Map.entry("voter id", Wording.of("The voter id", "投票人编号")),
          Map.entry("note", Wording.of("The resolution note", "办结说明")));

  /**
   * Returns the field's name in both languages; a field without a translation is shown as it is.
   *
   * @param field the field's name in English, not null
   * @return the wording, or the field itself
   */
  public static Object field(String field) {
    Wording w = FIELDS.get(field);
    return w != null ? w : field;
  }

  /**
   * Returns a stripped, non-blank, NFC-normalized text: a name ({@code name}, {@code reporter
   * name}, {@code title}, {@code subject}) of at most {@value BoundedText#MAX_NAME_LENGTH}
   * characters on one line, any other free text of at most {@value
   * BoundedText#MAX_FREE_TEXT_LENGTH} characters; no control, invisible or bidirectional-control
   * character either way.
   *
   * @param text the text
   * @param field the field's name for the message
   * @return the stripped text
   * @throws NullPointerException if text is null
   * @throws AffairsException with {@code AFFAIRS_TEXT_BLANK} if blank
   * @throws org.sanshe.core.error.SansheException with {@code TEXT_TOO_LONG} or {@code
   *     TEXT_CHARACTER}
   */
  public static String text(String text, String field) {
    Objects.requireNonNull(text, field);
    if (text.isBlank()) {
      throw new AffairsException(AffairsError.AFFAIRS_TEXT_BLANK, field(field));
    }
    Wording name = FIELDS.getOrDefault(field, Wording.of(field, field));
    try {
      return NAMES.contains(field)
          ? BoundedText.name(text, name, BoundedText.MAX_NAME_LENGTH)
          : BoundedText.freeText(text, name, BoundedText.MAX_FREE_TEXT_LENGTH);
    } catch (SansheException e) {
      if (e.errorCode() == CoreError.TEXT_BLANK) {
        throw new AffairsException(AffairsError.AFFAIRS_TEXT_BLANK, field(field));
      }
      throw e;
    }
  }

  /**
   * Checks an identifier's text: 1 to {@value #MAX_ID_LENGTH} characters, no white space, control,
   * invisible or bidirectional-control characters. The message never shows the value.
   *
   * @param value the text
   * @param kind the kind of id for the message
   * @return the value
   * @throws NullPointerException if value is null
   * @throws AffairsException with {@code AFFAIRS_ID_INVALID}
   */
  public static String id(String value, String kind) {
    Objects.requireNonNull(value, kind);
    boolean ok = !value.isEmpty() && value.length() <= MAX_ID_LENGTH;
    for (int i = 0; ok && i < value.length(); ) {
      int c = value.codePointAt(i);
      ok = !Character.isWhitespace(c) && !Character.isSpaceChar(c) && BoundedText.isVisible(c);
      i += Character.charCount(c);
    }
    if (!ok) {
      throw new AffairsException(AffairsError.AFFAIRS_ID_INVALID, field(kind));
    }
    return value;
  }
}
