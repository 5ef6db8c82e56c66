package org.typedipc.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;

/**
 * A diagnostic a test source expects, read from a marker comment; {@link DiagnosticsTest} describes
 * the syntax. {@code column} is {@link Diagnostic#NOPOS} when the marker states none.
 */
record ExpectedDiagnostic(Diagnostic.Kind kind, String file, long line, long column, String text) {
  private static final Pattern MARKER = Pattern.compile("\\s*//\\s*(ERROR|WARNING)\\b(.*)");
  private static final Pattern COLUMN_AND_TEXT = Pattern.compile("(?:\\(col (\\d+)\\))?: (\\S.*)");

  /** The markers of one source, each pointing at the first line below it that is not a marker. */
  static List<ExpectedDiagnostic> parse(String file, List<String> lines) {
    List<ExpectedDiagnostic> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i));
      if (!marker.matches()) {
        continue;
      }
      // A typo must not turn a marker into a plain comment that expects nothing.
      Matcher rest = COLUMN_AND_TEXT.matcher(marker.group(2));
      if (!rest.matches()) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": malformed marker, write `// "
            + marker.group(1) + ": text` or `// " + marker.group(1) + "(col N): text`");
      }
      int target = i + 1;
      while (target < lines.size() && MARKER.matcher(lines.get(target)).matches()) {
        target++;
      }
      if (target == lines.size()) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": marker with no line below it");
      }
      long column = rest.group(1) == null ? Diagnostic.NOPOS : Long.parseLong(rest.group(1));
      expected.add(new ExpectedDiagnostic(
          Diagnostic.Kind.valueOf(marker.group(1)), file, target + 1, column, rest.group(2).strip()));
    }
    return expected;
  }

  /** How the marker reads, e.g. {@code ERROR(col 3): text}. */
  static String describe(Diagnostic.Kind kind, long column, String text) {
    return kind + (column == Diagnostic.NOPOS ? "" : "(col " + column + ")") + ": " + text;
  }
}
