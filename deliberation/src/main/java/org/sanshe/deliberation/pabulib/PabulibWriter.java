package org.sanshe.deliberation.pabulib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes Pabulib {@code .pb} files that {@link PabulibReader} reads back to an equal {@link
 * PabulibFile}: UTF-8 without byte-order mark, {@code \n} line ends, a field quoted when it holds
 * {@code ;}, a quote, a line break or surrounding white space. Stateless and thread-safe.
 */
public final class PabulibWriter {

  private PabulibWriter() {}

  /**
   * Writes the file content as text.
   *
   * @param file the content, not null
   * @return the text
   */
  public static String write(PabulibFile file) {
    Objects.requireNonNull(file, "file");
    StringBuilder sb = new StringBuilder();
    sb.append("META\n").append("key;value\n");
    for (Map.Entry<String, String> e : file.meta().entrySet()) {
      line(sb, List.of(e.getKey(), e.getValue()));
    }
    sb.append("PROJECTS\n");
    line(sb, file.projectColumns());
    for (PabulibFile.Row r : file.projects()) {
      line(sb, file.projectColumns().stream().map(r::get).toList());
    }
    sb.append("VOTES\n");
    line(sb, file.voteColumns());
    for (PabulibFile.Row r : file.votes()) {
      line(sb, file.voteColumns().stream().map(r::get).toList());
    }
    return sb.toString();
  }

  /**
   * Writes the file content to a file in UTF-8.
   *
   * @param file the content, not null
   * @param path where to write, not null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(PabulibFile file, Path path) {
    try {
      Files.writeString(path, write(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(StringBuilder sb, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(';');
      }
      sb.append(quote(fields.get(i)));
    }
    sb.append('\n');
  }

  private static String quote(String field) {
    boolean needs =
        field.indexOf(';') >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0
            || !field.strip().equals(field);
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
