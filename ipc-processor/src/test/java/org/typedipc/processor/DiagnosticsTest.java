package org.typedipc.processor;

import static org.junit.jupiter.api.Assertions.fail;
import static org.typedipc.processor.Sources.compileLinted;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every compile-time check, one case per entry of {@code src/test/resources/diagnostics}: a
 * {@code .java} file, or a folder whose {@code .java} files compile together. A case states the
 * diagnostics it expects as comments on the line above the line they must be reported on:
 *
 * <pre>
 * // ERROR: text            an error whose message contains text
 * // ERROR(col 9): text     the same, reported at column 9 (counted from 1, as javac does)
 * // WARNING: text          a warning; WARNING(col 9) likewise
 * </pre>
 *
 * Consecutive markers all point at the first line below them that is not a marker. A case passes
 * when every marker is matched by its own diagnostic of that kind, in that file, on that line (and
 * column); every error and warning reported is matched by a marker; and the compilation fails
 * exactly when an error is expected. A case without markers must compile cleanly. Cases compile
 * with {@code -Xlint:all}, so a lint warning anywhere, generated code included, needs a marker.
 *
 * <p>The top-level types of a one-file case are package-private, so that the file can be named
 * after the mistake while the types keep the names the messages mention.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiagnosticsTest {
  static List<DiagnosticCase> cases() throws IOException, URISyntaxException {
    return DiagnosticCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheMarkedDiagnostics(DiagnosticCase testCase) throws IOException {
    List<String> problems = DiagnosticMismatches.of(testCase, compileLinted(testCase.sources()));
    if (!problems.isEmpty()) {
      fail(testCase + ":\n" + String.join("\n", problems));
    }
  }
}
