package org.typedipc.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.typedipc.processor.Sources.compile;
import static org.typedipc.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Contracts that must generate companions which compile cleanly, including awkward names. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GenerationTest {
  @Test
  void inheritedChannelsAreGeneratedAndDefaultMethodsAreNot() {
    JavaFileObject base = source("Base", "public interface Base {", "  void ping(String from);", "}");
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files extends Base {",
        "  CompletableFuture<String> read(String path);",
        "  default CompletableFuture<String> readTwice(String path) { return read(path).thenCombine(read(path), String::concat); }",
        "  static String describe() { return \"files\"; }",
        "}");
    Compilation compilation = compile(base, files);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.FilesIpc").contentsAsUtf8String().contains("PING = \"Files:ping\"");
    assertThat(compilation).generatedSourceFile("test.FilesIpc").contentsAsUtf8String().doesNotContain("READ_TWICE");
  }

  @Test
  void nestedContractGetsAFlatCompanionName() {
    JavaFileObject outer = source("Outer",
        "public class Outer {",
        "  @IpcContract",
        "  public interface Files {",
        "    void log(String text);",
        "  }",
        "  @IpcEvents",
        "  interface Progress {",
        "    void step(int n);",
        "  }",
        "}");
    Compilation compilation = compile(outer);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.OuterFilesIpc").contentsAsUtf8String()
        .contains("public static Outer.Files renderer(IpcRenderer ipcRenderer)");
    assertThat(compilation).generatedSourceFile("test.OuterProgressIpc").contentsAsUtf8String()
        .contains("STEP = \"Progress:step\"");
  }

  @Test
  void contractInTheDefaultPackageCompiles() {
    JavaFileObject files = JavaFileObjects.forSourceLines("Files",
        "import org.typedipc.api.IpcContract;",
        "@IpcContract",
        "public interface Files {",
        "  void log(String text);",
        "}");
    assertThat(compile(files)).succeededWithoutWarnings();
  }

  @Test
  void parameterNamesThatGeneratedCodeAlsoUsesStillCompile() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  CompletableFuture<String> read(String event, String args, String ipcRenderer);",
        "  void log(String handler, String listener, String scope);",
        "  @SendSync int count(String value, String registrations);",
        "}");
    JavaFileObject progress = source("Progress",
        "@IpcEvents",
        "public interface Progress {",
        "  void step(String event, String frame, String renderer);",
        "}");
    assertThat(compile(files, progress)).succeededWithoutWarnings();
  }

  @Test
  void userTypesNamedLikeGeneratedTypesAndSameSimpleNamesInTwoPackagesCompile() {
    JavaFileObject handler = source("Handler", "public record Handler(String name) {}");
    JavaFileObject wire = source("Wire", "public enum Wire { ON, OFF }");
    JavaFileObject localPoint = source("Point", "public record Point(int x, Wire wire) {}");
    JavaFileObject otherPoint = JavaFileObjects.forSourceLines("other.Point",
        "package other;",
        "public record Point(double x, String label) {}");
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  CompletableFuture<Handler> find(Point local, other.Point remote);",
        "  void registrar(Handler handler);",
        "}");
    Compilation compilation = compile(handler, wire, localPoint, otherPoint, files);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.FilesIpc").contentsAsUtf8String().contains("decodePoint2(");
  }

  @Test
  void componentsNamedLikeTheCodecsLocalsCompile() {
    JavaFileObject input = source("Input", "public record Input(String in, int rejected, String out, String value) {",
        "  public Input { if (rejected < 0) throw new IllegalArgumentException(); }",
        "}");
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  void take(Input in, Input out);",
        "}");
    assertThat(compile(input, files)).succeededWithoutWarnings();
  }

  @Test
  void everySupportedTypeCompilesInOneContract() {
    JavaFileObject types = source("Types",
        "public record Types(boolean z, Byte b, short[] s, char c, Integer i, long[][] l, Float f, double d,",
        "    String text, byte[] bytes, Instant instant, Duration duration, UUID uuid, java.math.BigInteger big,",
        "    java.math.BigDecimal decimal, LocalDate date, LocalDateTime dateTime, List<Set<String>> nested,",
        "    Map<UUID, Optional<Types>> self, Types[] array, Kind kind, Optional<Shape> shape) {",
        "  public enum Kind { A, B }",
        "  public sealed interface Shape permits Circle, Kind2 {}",
        "  public record Circle(double r) implements Shape {}",
        "  public enum Kind2 implements Shape { X }",
        "}");
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  CompletionStage<Types> echo(Types types);",
        "  CompletableFuture<Void> clear();",
        "  @SendSync char letter(char c);",
        "}");
    assertThat(compile(types, files)).succeededWithoutWarnings();
  }
}
