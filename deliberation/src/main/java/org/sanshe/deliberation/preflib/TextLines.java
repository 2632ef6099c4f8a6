package org.sanshe.deliberation.preflib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Text input shared by the ranked-ballot readers: UTF-8 files, a tolerated BOM, numbered lines. */
final class TextLines {

  private TextLines() {}

  /** Reads a whole UTF-8 file; an I/O failure becomes an {@link UncheckedIOException}. */
  static String read(Path file) {
    try {
      return Files.readString(Objects.requireNonNull(file, "file"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Splits text into lines (LF or CRLF), dropping a leading byte-order mark; line i is number i +
   * 1.
   */
  static String[] lines(String text) {
    Objects.requireNonNull(text, "text");
    String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    return body.split("\r?\n", -1);
  }
}
