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
  void declaredExceptionsGetOneCodecEachAndTheirCallersCatchOnlyTheMostGeneral() {
    JavaFileObject failure = source("Failure",
        "public class Failure extends Exception {",
        "  private static final long serialVersionUID = 1L;",
        "  private final Files.Point in;",
        "  private final int rejected;",
        "  public Failure(Files.Point in, int rejected) { this.in = in; this.rejected = rejected; }",
        "  public Files.Point getIn() { return in; }",
        "  public int rejected() { return rejected; }",
        "}");
    JavaFileObject special = source("Special",
        "public class Special extends Failure {",
        "  private static final long serialVersionUID = 1L;",
        "  public Special() { super(new Files.Point(0, 0), 0); }",
        "}");
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  record Point(int x, int y) implements java.io.Serializable {}",
        "  @SendSync String read(String path) throws Special, Failure;",
        "  CompletableFuture<Void> write(String path) throws Failure, IllegalStateException;",
        "}");
    Compilation compilation = compile(failure, special, files);
    assertThat(compilation).succeededWithoutWarnings();
    String companion = "test.FilesIpc";
    assertThat(compilation).generatedSourceFile(companion).contentsAsUtf8String()
        .contains("catch (RuntimeException | Failure e)");
    assertThat(compilation).generatedSourceFile(companion).contentsAsUtf8String()
        .contains("String read(IpcMainEvent event, String path) throws Special, Failure;");
    assertThat(compilation).generatedSourceFile(companion).contentsAsUtf8String()
        .contains("throws test.Failure(in:test.Files.Point,rejected:int);test.Files.Point=record(x:int,y:int)");
    assertThat(compilation).generatedSourceFile(companion).contentsAsUtf8String()
        .contains("FAILURE_CODEC = Codecs.of(");
    assertThat(compilation).generatedSourceFile(companion).contentsAsUtf8String()
        .doesNotContain("FAILURE_CODEC2");
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

  @Test
  void packageTypesNamedLikeJavaLangTypesTheContractNeverUsesDoNotShadowTheCompanions() {
    JavaFileObject exception = source("Exception", "public record Exception(String text) {}");
    JavaFileObject object = source("Object", "public record Object(int id) {}");
    JavaFileObject string = source("String", "public record String(int id) {}");
    JavaFileObject integer = source("Integer", "public enum Integer { ONE }");
    JavaFileObject functional = source("FunctionalInterface", "public @interface FunctionalInterface {}");
    JavaFileObject runtime = source("RuntimeException", "public record RuntimeException(int id) {}");
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  CompletableFuture<java.lang.String> read(java.lang.String path);",
        "  @SendSync int count(java.lang.String prefix, long limit);",
        "  void log(Integer level, java.lang.String text);",
        "}");
    JavaFileObject progress = source("Progress",
        "@IpcEvents",
        "public interface Progress {",
        "  void step(java.lang.String task, int percent);",
        "}");
    Compilation compilation = compile(exception, object, string, integer, functional, runtime, files, progress);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.FilesIpc").contentsAsUtf8String()
        .contains("throws java.lang.Exception");
  }

  @Test
  void memberTypesOfTheContractDoNotShadowTheCompanionsTypes() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  record LogArgs(int unused) {}",
        "  record Override(int unused) {}",
        "  interface Handler {}",
        "  String LOG_CHANNEL = \"not the channel\";",
        "  void log(String level, String text);",
        "}");
    assertThat(compile(files)).succeededWithoutWarnings();
  }

  @Test
  void parametersAndComponentsNamedLikeGeneratedTypesOrConstantsCompile() {
    JavaFileObject entry = source("Entry", "public record Entry(String Wire, int Codecs, String Objects) {}");
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  void log(String Wire, Entry Codecs);",
        "  CompletableFuture<String> read(String READ_CHANNEL, String LOG_CHANNEL);",
        "  @SendSync int count(String COUNT);",
        "  void yield(String CHANNELS, String DESCRIPTOR);",
        "}");
    JavaFileObject progress = source("Progress",
        "@IpcEvents",
        "public interface Progress {",
        "  void yield(String YIELD_CHANNEL, int Wire);",
        "}");
    assertThat(compile(entry, files, progress)).succeededWithoutWarnings();
  }

  @Test
  void varargsChannelsAreImplementedAsVarargs() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  void log(String... lines);",
        "  CompletableFuture<Integer> count(int minimum, String... words);",
        "}");
    JavaFileObject progress = source("Progress",
        "@IpcEvents",
        "public interface Progress {",
        "  void steps(int... done);",
        "}");
    assertThat(compile(files, progress)).succeededWithoutWarnings();
  }

  @Test
  void deprecatedContractsChannelsAndRecordsCompileWithoutWarnings() {
    JavaFileObject old = source("OldEntry",
        "@Deprecated public record OldEntry(String text) {}");
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  @Deprecated void log(OldEntry entry);",
        "  @Deprecated(forRemoval = true) CompletableFuture<String> read(String path);",
        "}");
    JavaFileObject legacy = source("Legacy",
        "@Deprecated",
        "@IpcEvents",
        "public interface Legacy {",
        "  void step(int n);",
        "}");
    assertThat(compile(old, files, legacy)).succeededWithoutWarnings();
  }
  @Test
  void rendererInvokesWithAwkwardNamesVarargsAndUserCodeOnBothSidesCompile() {
    JavaFileObject worker = source("Worker",
        "@IpcEvents",
        "public interface Worker {",
        "  interface TypedTarget {}",
        "  void progress(String target, int deadline);",
        "  CompletableFuture<Integer> count(String target, String... words);",
        "  CompletionStage<Void> stop(Duration deadline, String INDEX_CHANNEL);",
        "  @Invoke(\"worker:index\") CompletableFuture<Optional<String>> index(String event);",
        "}");
    JavaFileObject user = source("User",
        "import org.typedipc.runtime.*;",
        "class User {",
        "  static CompletableFuture<Integer> main(Renderer renderer, IpcMainEvent event) {",
        "    WorkerIpc.replyTo(event).progress(\"t\", 1);",
        "    WorkerIpc.to(renderer.mainFrame(), Duration.ofSeconds(1)).stop(Duration.ZERO, \"x\");",
        "    return WorkerIpc.to(renderer, Duration.ofSeconds(1)).count(\"t\", \"a\", \"b\");",
        "  }",
        "  static Registration renderer(IpcRenderer ipcRenderer) {",
        "    WorkerIpc.Registrar registrar = WorkerIpc.renderer(ipcRenderer);",
        "    registrar.handleCount((event, target, words) -> words.length);",
        "    registrar.handleOnceIndexAsync((ipcEvent, event) -> CompletableFuture.completedFuture(Optional.of(event)));",
        "    return registrar.onProgress((event, target, deadline) -> {});",
        "  }",
        "}");
    Compilation compilation = compile(worker, user);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.WorkerIpc").contentsAsUtf8String().doesNotContain("toAll(");
  }

  @Test
  void eventsWithoutInvokesGetABroadcast() {
    JavaFileObject progress = source("Progress",
        "@IpcEvents",
        "public interface Progress {",
        "  void step(int n);",
        "}");
    JavaFileObject user = source("User",
        "import org.typedipc.runtime.*;",
        "class User {",
        "  static void main(IpcMain ipcMain) {",
        "    ProgressIpc.toAll(ipcMain).step(1);",
        "    ProgressIpc.toAll(ipcMain, renderer -> renderer.id() % 2 == 0).step(2);",
        "  }",
        "}");
    assertThat(compile(progress, user)).succeededWithoutWarnings();
  }
}
