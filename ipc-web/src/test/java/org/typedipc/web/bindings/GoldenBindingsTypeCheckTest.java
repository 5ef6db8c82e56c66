package org.typedipc.web.bindings;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor's golden TypeScript bindings compile under the package's strict settings with
 * the package's tsc, and a file of misuses ({@code bindings-conformance/misuse.ts}) shows that
 * they catch wrong argument types, a missing null check, a long passed as a number, a sealed
 * variant with the wrong components and the send-sync channels a page cannot call: each of its
 * {@code @ts-expect-error} lines fails the check if the compiler accepts the line below it.
 */
@Timeout(300)
class GoldenBindingsTypeCheckTest {
  private static final Path GOLDENS = Path.of("../ipc-processor/src/test/resources/golden/expected-ts").toAbsolutePath();

  @TempDir Path work;

  @Test
  void goldenBindingsCompileStrictlyAndRefuseMisuse() throws Exception {
    Path typeScriptDir = BindingsBuild.typeScriptDir(work);
    try {
      BindingsBuild.copyTree(GOLDENS, typeScriptDir.resolve("src/test"));
      Files.copy(BindingsBuild.PACKAGE.resolve("bindings-conformance/misuse.ts"), typeScriptDir.resolve("src/misuse.ts"));
      BindingsBuild.compileTypeScript(typeScriptDir, work);
    } finally {
      BindingsBuild.deleteTree(typeScriptDir);
    }
  }
}
