package org.sanshe.jdbc.migration;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One loaded schema file: its checksum and its statements with the prefix filled in. Immutable.
 *
 * @param version the file's version
 * @param checksum the CRC32 of its text, line ends normalised to LF, before placeholders are set
 * @param statements the statements, without their ending semicolons
 */
record Script(Schema.Version version, long checksum, List<String> statements) {

  private static final Pattern CREATE_TABLE =
      Pattern.compile("(?is)^create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z0-9_]+).*");
  private static final Pattern DROP_TABLE =
      Pattern.compile("(?is)^drop\\s+table\\s+(?:if\\s+exists\\s+)?([a-z0-9_]+).*");

  static Script parse(Schema.Version version, String text, String prefix) {
    String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
    CRC32 crc = new CRC32();
    crc.update(normalised.getBytes(StandardCharsets.UTF_8));
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : normalised.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--")) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(line, 0, line.lastIndexOf(';'));
        add(statements, current, prefix);
      } else {
        current.append(line).append('\n');
      }
    }
    add(statements, current, prefix);
    return new Script(version, crc.getValue(), List.copyOf(statements));
  }

  private static void add(List<String> statements, StringBuilder current, String prefix) {
    String statement = current.toString().strip();
    current.setLength(0);
    if (!statement.isEmpty()) {
      statements.add(statement.replace("${prefix}", prefix));
    }
  }

  /** Adds the tables this script creates to a list and removes those it drops. */
  void trackTables(List<String> tables) {
    for (String statement : statements) {
      Matcher create = CREATE_TABLE.matcher(statement);
      if (create.matches()) {
        tables.add(create.group(1).toLowerCase(Locale.ROOT));
      }
      Matcher drop = DROP_TABLE.matcher(statement);
      if (drop.matches()) {
        tables.remove(drop.group(1).toLowerCase(Locale.ROOT));
      }
    }
  }
}
