package org.typedipc.processor;

/** Which channel names can cross the wire: the frames carry names as well-formed UTF-8 text. */
final class ChannelNames {
  private ChannelNames() {}

  /** What makes {@code name} unsendable, as users read it, or {@code null} if it can be sent. */
  static String unsendable(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return String.format("an unpaired surrogate U+%04X at index %d, which UTF-8 cannot encode", (int) c, i);
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return String.format("the control or line separator character U+%04X at index %d", (int) c, i);
      }
    }
    return null;
  }
}
