package org.sanshe.core.identifier;

import java.text.Normalizer;

/** Normalization shared by the lenient parsers: NFKC (full-width to ASCII), trim, upper case. */
final class Lenient {
  private Lenient() {}

  static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
    }
    return out.toString();
  }
}
