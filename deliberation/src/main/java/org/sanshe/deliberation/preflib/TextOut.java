package org.sanshe.deliberation.preflib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Text output shared by the writers: UTF-8 files, LF line ends. */
final class TextOut {

  private TextOut() {}

  static void write(String text, Path path) {
    try {
      Files.writeString(Objects.requireNonNull(path, "path"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the text can stand on one line of a file as it is: no line break or control. */
  static boolean oneLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' && c != '\t' || c == '\u007f' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }
}
