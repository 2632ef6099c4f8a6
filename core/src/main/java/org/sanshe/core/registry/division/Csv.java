package org.sanshe.core.registry.division;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields). Stateless. */
final class Csv {

  private Csv() {}

  /**
   * Splits a line into fields.
   *
   * @param line the line
   * @return the fields, or null if the quoting is broken
   */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>(8);
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              closed = true;
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (!closed || (i < n && line.charAt(i) != ',')) {
          return null;
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          char c = line.charAt(i++);
          if (c == '"') {
            return null;
          }
          field.append(c);
        }
      }
      fields.add(field.toString());
      if (i >= n) {
        return fields;
      }
      i++; // the comma
    }
  }
}
