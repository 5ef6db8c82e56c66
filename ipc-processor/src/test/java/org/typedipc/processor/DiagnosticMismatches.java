package org.typedipc.processor;

import static org.typedipc.processor.ExpectedDiagnostic.describe;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Where the diagnostics of a compilation differ from what its case's markers expect, as text for a failure message. */
final class DiagnosticMismatches {
  private DiagnosticMismatches() {}

  static List<String> of(DiagnosticCase testCase, Compilation compilation) throws IOException {
    List<ExpectedDiagnostic> expectations = testCase.expected();
    List<Reported> reported = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      checkedKind(diagnostic.getKind()).ifPresent(kind -> reported.add(new Reported(kind,
          testCase.nameOf(diagnostic.getSource()), diagnostic.getLineNumber(), diagnostic.getColumnNumber(),
          diagnostic.getMessage(Locale.ROOT))));
    }
    List<String> problems = new ArrayList<>();
    boolean errorExpected = expectations.stream().anyMatch(e -> e.kind() == Diagnostic.Kind.ERROR);
    boolean failed = compilation.status() == Compilation.Status.FAILURE;
    if (failed != errorExpected) {
      problems.add("expected the compilation to " + (errorExpected ? "fail" : "succeed") + ", but it "
          + (failed ? "failed" : "succeeded"));
    }
    List<Reported> unmatched = new ArrayList<>(reported);
    for (ExpectedDiagnostic expected : expectations) {
      Optional<Reported> match = unmatched.stream().filter(r -> r.satisfies(expected)).findFirst();
      if (match.isPresent()) {
        unmatched.remove(match.get());
      } else {
        problems.add(missing(expected, reported));
      }
    }
    for (Reported stray : unmatched) {
      problems.add(stray.file() + ":" + stray.line() + ": reported " + stray.describe() + "\n    but no marker expects it");
    }
    return problems;
  }

  private static String missing(ExpectedDiagnostic expected, List<Reported> reported) {
    List<String> onThatLine = reported.stream()
        .filter(r -> r.file().equals(expected.file()) && r.line() == expected.line())
        .map(Reported::describe)
        .toList();
    return expected.file() + ":" + expected.line() + ": expected "
        + describe(expected.kind(), expected.column(), expected.text()) + "\n    but "
        + (onThatLine.isEmpty() ? "nothing was reported on that line" : "reported " + String.join("\n    and ", onThatLine));
  }

  /** Errors and warnings are checked, as a marker names them; notes are not. */
  private static Optional<Diagnostic.Kind> checkedKind(Diagnostic.Kind kind) {
    return switch (kind) {
      case ERROR -> Optional.of(Diagnostic.Kind.ERROR);
      case WARNING, MANDATORY_WARNING -> Optional.of(Diagnostic.Kind.WARNING);
      default -> Optional.empty();
    };
  }

  /** A reported error or warning, located the way a marker locates it. */
  private record Reported(Diagnostic.Kind kind, String file, long line, long column, String message) {
    boolean satisfies(ExpectedDiagnostic expected) {
      return kind == expected.kind()
          && file.equals(expected.file())
          && line == expected.line()
          && (expected.column() == Diagnostic.NOPOS || column == expected.column())
          && message.contains(expected.text());
    }

    String describe() {
      return ExpectedDiagnostic.describe(kind, column, message);
    }
  }
}
