package org.sanshe.core.error;

import java.util.Locale;

/**
 * The error codes of reading a structured document (a JSON request body) into Sanshe types, used by
 * the Jackson artifacts. Each message names the field's path and the rule, never the value read.
 * Messages live in {@code META-INF/sanshe/document.properties} and {@code document_zh.properties}.
 */
public enum DocumentError implements ErrorCode {
  /** The document is not well-formed; {0} the line, {1} the column. */
  DOCUMENT_SYNTAX,
  /** A value has the wrong JSON type; {0} the path. */
  DOCUMENT_WRONG_TYPE,
  /** A field is not known; {0} the path. */
  DOCUMENT_UNKNOWN_FIELD,
  /** A required field is missing; {0} the path. */
  DOCUMENT_FIELD_MISSING,
  /** A value cannot be read as its type; {0} the path. */
  DOCUMENT_VALUE_INVALID,
  /** The document nests deeper than allowed; {0} the limit. */
  DOCUMENT_TOO_DEEP,
  /** The document, or a string or number in it, is longer than allowed. */
  DOCUMENT_TOO_LARGE;

  private static final MessageCatalog MESSAGES =
      MessageCatalog.load(DocumentError.class, "document");

  @Override
  public String code() {
    return name();
  }

  @Override
  public String template(Locale locale) {
    return MESSAGES.template(name(), locale);
  }

  /**
   * Returns the message catalog of these codes.
   *
   * @return the catalog
   */
  public static MessageCatalog catalog() {
    return MESSAGES;
  }
}
