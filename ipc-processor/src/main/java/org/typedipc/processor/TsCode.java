package org.typedipc.processor;

/** TypeScript source text with two-space indentation: {@code open} ends a line with a brace and indents. */
final class TsCode {
  private final StringBuilder text = new StringBuilder();
  private int depth;

  /** Adds one line at the current indentation. */
  TsCode line(String line) {
    if (!line.isEmpty()) {
      text.append("  ".repeat(depth)).append(line);
    }
    text.append('\n');
    return this;
  }

  TsCode blank() {
    return line("");
  }

  /** Adds {@code line + " {"} and indents. */
  TsCode open(String line) {
    line(line + " {");
    depth++;
    return this;
  }

  /** Adds a line that opens a bracket of its own, e.g. {@code "const all = ["}, and indents. */
  TsCode openLine(String line) {
    line(line);
    depth++;
    return this;
  }

  /** Outdents and adds {@code closing}, e.g. {@code "}"} or {@code "} else {"}. */
  TsCode close(String closing) {
    depth--;
    return line(closing);
  }

  TsCode close() {
    return close("}");
  }

  /** Outdents, adds {@code "} " + line + " {"} and indents again: {@code } else {}. */
  TsCode reopen(String line) {
    depth--;
    return open("} " + line);
  }

  TsCode append(TsCode other) {
    text.append(other.text);
    return this;
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
