package org.typedipc.runtime.testing;

import java.util.Arrays;

/**
 * Writes a generated value for a failure message: arrays by content, floats with their bits, and
 * every character outside printable ASCII as a {@code \\uXXXX} escape, so NaN payloads, lone
 * surrogates and invisible characters can be read.
 */
final class Show {
  private static final int MAX_CHARS = 2_000;

  private Show() {}

  static String value(Object value) {
    String text;
    if (value instanceof Float f) {
      text = f + " (bits 0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")";
    } else if (value instanceof Double d) {
      text = d + " (bits 0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")";
    } else if (value instanceof String || value instanceof Character) {
      text = "\"" + value + "\"";
    } else if (value != null && value.getClass().isArray()) {
      String wrapped = Arrays.deepToString(new Object[] {value});
      text = wrapped.substring(1, wrapped.length() - 1);
    } else {
      text = String.valueOf(value);
    }
    return escape(text);
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < MAX_CHARS; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    if (out.length() >= MAX_CHARS) {
      out.append("... (").append(text.length()).append(" characters in all)");
    }
    return out.toString();
  }
}
