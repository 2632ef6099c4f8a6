package org.sanshe.core.error;

import java.util.Locale;
import java.util.Objects;

/**
 * The class of a failure from which a web API chooses its HTTP status: every {@link ErrorCode}
 * belongs to exactly one category, read from its catalogue's {@code
 * META-INF/sanshe/<catalogue>-categories.properties}.
 *
 * <p>The statuses are stable: a code keeps its category, and a category its status, once published.
 * Immutable and thread-safe.
 */
public enum ErrorCategory {
  /** The request itself is wrong: a malformed value, a broken rule of the input. */
  INVALID_INPUT(400, "Invalid input", "输入无效"),
  /** Something the request names does not exist. */
  NOT_FOUND(404, "Not found", "未找到"),
  /** The request is well-formed but clashes with the current state (a duplicate, a closed case). */
  CONFLICT(409, "Conflict with the current state", "与当前状态冲突"),
  /** The caller may not do this (authorization, eligibility). */
  FORBIDDEN(403, "Not allowed", "不允许此操作"),
  /** The system cannot serve the request now (storage failure, capacity reached). */
  UNAVAILABLE(503, "Temporarily unavailable", "暂时无法处理");

  private final int httpStatus;
  private final String english;
  private final String chinese;

  ErrorCategory(int httpStatus, String english, String chinese) {
    this.httpStatus = httpStatus;
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * Returns the HTTP status a web API answers with.
   *
   * @return 400, 404, 409, 403 or 503
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * Returns the short title of the category in a locale's language (Chinese for every {@code zh}
   * locale, see {@link MessageCatalog#isChinese(Locale)}).
   *
   * @param locale the reader's locale, not null
   * @return the title
   */
  public String title(Locale locale) {
    return MessageCatalog.isChinese(Objects.requireNonNull(locale, "locale")) ? chinese : english;
  }
}
