package org.typedipc.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.typedipc.processor.Sources.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The generated companions of representative contracts, compared with the files under {@code
 * golden/expected}. Run with {@code -Dtypedipc.updateGoldens=true} to rewrite them after an
 * intended change, then review the diff like any other.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GoldenTest {
  @Test
  void contractWithInvokeSendSendSyncAndVoidInvoke() throws IOException {
    Compilation compilation =
        compile(input("Files"), input("FileContent"), input("Level"));
    assertGolden(compilation, "FilesIpc");
  }

  @Test
  void eventsWithArgsRecordSingleParameterAndNone() throws IOException {
    assertGolden(compile(input("Progress")), "ProgressIpc");
  }

  @Test
  void eventsWithInvokesThatMainCallsOnARenderer() throws IOException {
    assertGolden(compile(input("Worker"), input("BusyException")), "WorkerIpc");
  }

  @Test
  void contractAndEventsWithStreams() throws IOException {
    assertGolden(compile(input("Search"), input("BusyException")), "SearchIpc");
    assertGolden(compile(input("Indexer")), "IndexerIpc");
  }

  @Test
  void eventsStreamDeclaringAnExceptionIsRedeclaredWithoutItInTheClientMainCalls() throws IOException {
    assertGolden(compile(input("Crawler"), input("BusyException")), "CrawlerIpc");
  }

  @Test
  void sealedHierarchiesRecursiveRecordsArraysMapsAndOptionals() throws IOException {
    assertGolden(compile(input("Shapes")), "ShapesIpc");
  }

  @Test
  void packageDefiningErrorVoidAndOverrideGetsQualifiedJavaLangNames() throws IOException {
    assertGolden(compile(input("Reports"), input("Error"), input("Void"), input("Override")), "ReportsIpc");
  }

  @Test
  void generationIsDeterministic() throws IOException {
    String first = generated(compile(input("Shapes")), "ShapesIpc");
    String second = generated(compile(input("Shapes")), "ShapesIpc");
    assertThat(second).isEqualTo(first);
  }

  private static JavaFileObject input(String name) {
    return JavaFileObjects.forResource("golden/test/" + name + ".java");
  }

  private static void assertGolden(Compilation compilation, String companion) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    String actual = generated(compilation, companion);
    String resource = "golden/expected/" + companion + ".java";
    if (Boolean.getBoolean("typedipc.updateGoldens")) {
      Files.writeString(Path.of("src/test/resources", resource), actual);
    }
    assertThat(compilation)
        .generatedSourceFile("test." + companion)
        .hasSourceEquivalentTo(JavaFileObjects.forResource(resource));
    assertThat(actual).isEqualTo(read(resource));
  }

  private static String generated(Compilation compilation, String companion) throws IOException {
    return compilation.generatedSourceFile("test." + companion).orElseThrow().getCharContent(true).toString();
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = GoldenTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
