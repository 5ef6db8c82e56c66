package org.typedipc.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.typedipc.processor.Sources.compileWithTypeScript;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The TypeScript bindings of representative contracts, compared with the files under {@code
 * golden/expected-ts}. Run with {@code -Dtypedipc.updateGoldens=true} to rewrite them after an
 * intended change, then review the diff like any other.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TsGoldenTest {
  @Test
  void contractWithInvokeSendAndVoidInvokeLeavesOutSendSync() throws IOException {
    Compilation compilation = compileWithTypeScript(input("Files"), input("FileContent"), input("Level"));
    assertGolden(compilation, "Files");
  }

  @Test
  void eventsWithArgsTuplesOfTwoOneAndNoParameters() throws IOException {
    assertGolden(compileWithTypeScript(input("Progress")), "Progress");
  }

  @Test
  void eventsWithInvokesThatMainCallsOnAPageAndADeclaredException() throws IOException {
    assertGolden(compileWithTypeScript(input("Worker"), input("BusyException")), "Worker");
  }

  @Test
  void contractStreamsAreAsyncIterablesWithOptionsAndADeclaredException() throws IOException {
    assertGolden(compileWithTypeScript(input("Search"), input("BusyException")), "Search");
  }

  @Test
  void eventsStreamsAreHandlersReturningIterables() throws IOException {
    assertGolden(compileWithTypeScript(input("Indexer")), "Indexer");
  }

  @Test
  void sealedHierarchiesRecursiveRecordsArraysMapsAndOptionals() throws IOException {
    assertGolden(compileWithTypeScript(input("Shapes")), "Shapes");
  }

  @Test
  void everyTypeTheBindingsMap() throws IOException {
    assertGolden(compileWithTypeScript(input("Catalog")), "Catalog");
  }

  @Test
  void packageDefiningErrorVoidAndOverrideGetsNamesThatHideNoGlobal() throws IOException {
    assertGolden(compileWithTypeScript(input("Reports"), input("Error"), input("Void"), input("Override")), "Reports");
  }

  @Test
  void typesWithCodecsOfTheirOwnUseThePagesCodecsBoundWithTheProxy() throws IOException {
    assertGolden(compileWithTypeScript(input("Prices"), input("Money"), input("MoneyCodec"), input("package-info")), "Prices");
  }

  @Test
  void eventsWithCodecsOfTheirOwnBindThePagesCodecsWithTheirListeners() throws IOException {
    assertGolden(compileWithTypeScript(input("PriceAlerts"), input("Money"), input("MoneyCodec"), input("package-info")),
        "PriceAlerts");
  }

  @Test
  void generationIsDeterministic() throws IOException {
    String first = generated(compileWithTypeScript(input("Catalog")), "Catalog");
    String second = generated(compileWithTypeScript(input("Catalog")), "Catalog");
    assertThat(second).isEqualTo(first);
  }

  private static JavaFileObject input(String name) {
    return JavaFileObjects.forResource("golden/test/" + name + ".java");
  }

  private static void assertGolden(Compilation compilation, String contract) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    String actual = generated(compilation, contract);
    String resource = "golden/expected-ts/" + contract + ".ts";
    if (Boolean.getBoolean("typedipc.updateGoldens")) {
      Path file = Path.of("src/test/resources", resource);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual);
    }
    assertThat(actual).isEqualTo(read(resource));
  }

  static String generated(Compilation compilation, String contract) throws IOException {
    return compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "", TsOutput.ROOT + "test/" + contract + ".ts")
        .orElseThrow().getCharContent(true).toString();
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = TsGoldenTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is missing: run with -Dtypedipc.updateGoldens=true to write it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
