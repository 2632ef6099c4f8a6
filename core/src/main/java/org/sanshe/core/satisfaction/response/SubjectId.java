package org.sanshe.core.satisfaction.response;

import java.util.Objects;
import java.util.regex.Pattern;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;

/**
 * The subject of an evaluation, by kind and id only (never the aggregate itself): {@code
 * ORGANIZATION:org-17}. {@code toString} gives that form, which {@link #parse} reads back.
 * Immutable and thread-safe.
 *
 * @param kind the kind of subject
 * @param id the subject's id in its own register: 1 to 100 characters, no white space or colon
 */
public record SubjectId(SubjectKind kind, String id) implements Comparable<SubjectId> {

  private static final Pattern FORM = Pattern.compile("[^\\s:]{1,100}");

  /**
   * Checks the components.
   *
   * @throws SatisfactionException with {@code SATISFACTION_IDENTIFIER_INVALID} if the id is
   *     malformed
   */
  public SubjectId {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    if (id.length() > 100
        || !FORM.matcher(id).matches()
        || !id.codePoints().allMatch(BoundedText::isVisible)) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_IDENTIFIER_INVALID,
          Wording.of("subject id", "测评对象编号"),
          Wording.of("1 to 100 characters without white space or ':'", "应为 1 至 100 个不含空白或冒号的字符"));
    }
  }

  /**
   * Returns a subject id.
   *
   * @param kind the kind, not null
   * @param id the id, not null
   * @return the subject id
   */
  public static SubjectId of(SubjectKind kind, String id) {
    return new SubjectId(kind, id);
  }

  /**
   * Parses {@code KIND:id}.
   *
   * @param text the text, not null
   * @return the subject id
   * @throws SatisfactionException with {@code SATISFACTION_IDENTIFIER_INVALID} if malformed
   */
  public static SubjectId parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int colon = s.indexOf(':');
    try {
      return new SubjectId(SubjectKind.valueOf(s.substring(0, colon)), s.substring(colon + 1));
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_IDENTIFIER_INVALID,
          Wording.of("subject", "测评对象"),
          Wording.of("KIND:id", "应为 类别:编号"));
    }
  }

  @Override
  public int compareTo(SubjectId other) {
    int c = kind.compareTo(other.kind);
    return c != 0 ? c : id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return kind + ":" + id;
  }
}
