package org.typedipc.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.typedipc.processor.Sources.compile;
import static org.typedipc.processor.Sources.source;

import com.google.testing.compile.Compilation;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One test per compile-time check: the message, the file and the line (and column) it points at. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiagnosticsTest {
  @Test
  void contractOnAClassIsRejectedAtTheAnnotation() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public abstract class Files {",
        "  public abstract void log(String text);",
        "}");
    Compilation compilation = compile(files);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[IpcNotInterface] @IpcContract applies to interfaces, but Files is a class. Declare the contract as an interface.")
        .inFile(files).onLine(3).atColumn(1);
  }

  @Test
  void eventsOnARecordIsRejected() {
    JavaFileObject files = source("Progress",
        "@IpcEvents",
        "public record Progress(int percent) {}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcNotInterface] @IpcEvents applies to interfaces, but Progress is a record.")
        .inFile(files).onLine(3);
  }

  @Test
  void contractAndEventsOnOneInterfaceIsRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "@IpcEvents",
        "public interface Files {",
        "  void log(String text);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcContractAndEvents] Files has both @IpcContract and @IpcEvents")
        .inFile(files).onLine(4);
  }

  @Test
  void privateContractIsRejected() {
    JavaFileObject outer = source("Outer",
        "public class Outer {",
        "  @IpcContract",
        "  private interface Files {",
        "    void log(String text);",
        "  }",
        "}");
    assertThat(compile(outer))
        .hadErrorContaining("[IpcInaccessibleContract] Files is private or inside a private type, so the generated OuterFilesIpc cannot implement it.")
        .inFile(outer).onLine(5);
  }

  @Test
  void genericContractIsRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files<T> {",
        "  void log(String text);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcGenericContract] Files declares type parameters")
        .inFile(files).onLine(4);
  }

  @Test
  void contractWithoutChannelsIsRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  default void log(String text) {}",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcEmptyContract] Files declares no channel")
        .inFile(files).onLine(3);
  }

  @Test
  void genericMethodIsRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  <T> void log(T text);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcGenericMethod] Files.log(T) declares type parameters, but a channel needs fixed argument and result types.")
        .inFile(files).onLine(5);
  }

  @Test
  void overloadedChannelMethodIsRejectedOnTheSecond() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  void log(String text);",
        "  void log(String text, int level);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcOverload] Files.log(String, int) overloads Files.log(String)")
        .inFile(files).onLine(6);
  }

  @Test
  void methodsWhoseGeneratedMembersCollideAreRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  CompletableFuture<String> read(String path);",
        "  CompletableFuture<String> readAsync(String path);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcNameClash] Files.readAsync(String) and Files.read(String) both generate the member handleReadAsync in FilesIpc.")
        .inFile(files).onLine(6);
  }

  @Test
  void methodNamedLikeTheDescriptorIsRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  void descriptor(String text);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcNameClash] Files.descriptor(String) and the companion itself both generate the member DESCRIPTOR")
        .inFile(files).onLine(5);
  }

  @Test
  void invokeMethodNamedLikeTheRuntimeHandlerMethodIsRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  CompletableFuture<String> handle(String request);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcNameClash] Files.handle(String) and the runtime's listener interface both generate the member handle in FilesIpc.")
        .inFile(files).onLine(5);
  }

  @Test
  void eventAnnotationInAPlainInterfaceIsRejected() {
    JavaFileObject progress = source("Progress",
        "public interface Progress {",
        "  @Event(\"jobs:progress\")",
        "  void progress(int percent);",
        "}");
    assertThat(compile(progress))
        .hadErrorContaining("[IpcEventOutsideEvents] @Event names a channel of an @IpcEvents interface, but Progress is not annotated with @IpcEvents.")
        .inFile(progress).onLine(4).atColumn(3);
  }

  @Test
  void twoKindAnnotationsAreRejectedAtTheSecond() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  @Send",
        "  @SendSync",
        "  void log(String text);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcConflictingKinds] Files.log(String) has both @Send and @SendSync")
        .inFile(files).onLine(6).atColumn(3);
  }

  @Test
  void returnTypeMatchingNoKindIsRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  int count();",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcNoKind] Files.count() returns int, which matches no channel kind: void is a @Send and"
            + " CompletableFuture<R> or CompletionStage<R> is an @Invoke. Annotate it with @SendSync")
        .inFile(files).onLine(5);
  }

  @Test
  void sendWithAResultIsRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  @Send(\"log\")",
        "  String log(String text);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcSendReturnsValue] @Send method Files.log(String) returns java.lang.String, but a send is fire-and-forget. Return void")
        .inFile(files).onLine(6);
  }

  @Test
  void invokeWithoutAFutureIsRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  @Invoke(\"files:read\")",
        "  String read(String path);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcInvokeNotAsync] @Invoke method Files.read(String) returns java.lang.String, but an invoke is answered"
            + " asynchronously. Return CompletableFuture<R> or CompletionStage<R>")
        .inFile(files).onLine(6);
  }

  @Test
  void invokeReturningARawFutureIsRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  @SuppressWarnings(\"rawtypes\")",
        "  CompletableFuture read(String path);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcInvokeRawFuture] @Invoke method Files.read(String) returns java.util.concurrent.CompletableFuture without a type argument.")
        .inFile(files).onLine(6);
  }

  @Test
  void sendSyncReturningVoidIsRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  @SendSync",
        "  void flush();",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcSendSyncVoid] @SendSync method Files.flush() returns void")
        .inFile(files).onLine(6);
  }

  @Test
  void sendSyncReturningAFutureIsRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  @SendSync",
        "  CompletableFuture<String> name();",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcSendSyncFuture] @SendSync method Files.name() returns java.util.concurrent.CompletableFuture<java.lang.String>")
        .inFile(files).onLine(6);
  }

  @Test
  void sendSyncOnAnEventsInterfaceIsRejectedAtTheAnnotation() {
    JavaFileObject progress = source("Progress",
        "@IpcEvents",
        "public interface Progress {",
        "  @SendSync",
        "  int progress(String task);",
        "}");
    Compilation compilation = compile(progress);
    assertThat(compilation)
        .hadErrorContaining("[IpcEventsKindAnnotation] @SendSync is for @IpcContract methods, but Progress.progress(String) belongs to @IpcEvents Progress")
        .inFile(progress).onLine(5).atColumn(3);
  }

  @Test
  void eventReturningAValueIsRejected() {
    JavaFileObject progress = source("Progress",
        "@IpcEvents",
        "public interface Progress {",
        "  boolean progress(String task, int percent);",
        "}");
    assertThat(compile(progress))
        .hadErrorContaining("[IpcEventReturnsValue] Event method Progress.progress(String, int) returns boolean, but events from main to renderers are fire-and-forget. Return void.")
        .inFile(progress).onLine(5);
  }

  @Test
  void eventAnnotationInAContractIsRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  @Event(\"log\")",
        "  void log(String text);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcEventOutsideEvents] @Event names a channel of an @IpcEvents interface, but Files is not annotated with @IpcEvents.")
        .inFile(files).onLine(5).atColumn(3);
  }

  @Test
  void kindAnnotationOutsideAContractIsRejected() {
    JavaFileObject files = source("Files",
        "public interface Files {",
        "  @Invoke(\"files:read\")",
        "  CompletableFuture<String> read(String path);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcMissingContract] @Invoke on Files.read(String) has no effect because Files is not annotated with @IpcContract.")
        .inFile(files).onLine(4).atColumn(3);
  }

  @Test
  void blankChannelNameIsRejectedAtTheValue() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  @Send(\"  \")",
        "  void log(String text);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcBlankChannel] The channel name of Files.log(String) is blank. Name the channel, or leave the value out to use \"Files:log\".")
        .inFile(files).onLine(5).atColumn(9);
  }

  @Test
  void duplicateChannelNameInOneCompilationIsRejectedAtTheSecondValue() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  @Send(\"log\")",
        "  void log(String text);",
        "}");
    JavaFileObject audit = source("Audit",
        "@IpcContract",
        "public interface Audit {",
        "  @Invoke(\"log\")",
        "  CompletableFuture<Void> record(String entry);",
        "}");
    Compilation compilation = compile(files, audit);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[IpcDuplicateChannel] Channel \"log\" of Audit.record(String) is already used by Files.log(String) in this compilation.")
        .inFile(audit).onLine(5).atColumn(11);
  }

  @Test
  void sameNameInBothDirectionsIsAllowed() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  @Send(\"log\")",
        "  void log(String text);",
        "}");
    JavaFileObject progress = source("Progress",
        "@IpcEvents",
        "public interface Progress {",
        "  @Event(\"log\")",
        "  void log(String text);",
        "}");
    assertThat(compile(files, progress)).succeededWithoutWarnings();
  }

  @Test
  void unsupportedTypeNamesTheTypeAndThePathToIt() {
    JavaFileObject config = source("Config",
        "public record Config(String name, List<Plugin> plugins) {",
        "  public record Plugin(String id, Thread handle) {}",
        "}");
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  void apply(Config config);",
        "}");
    Compilation compilation = compile(config, files);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[IpcUnsupportedType] Parameter 'config' of Files.apply(Config) cannot cross the wire:"
            + " java.lang.Thread at Config.plugins[0].handle is a class that is not a record. Make it a record, or carry"
            + " its data in a record. Supported are primitives and their boxes, String")
        .inFile(files).onLine(5).atColumn(21);
  }

  @Test
  void unsupportedResultIsReportedOnTheMethod() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  CompletableFuture<Object> read(String path);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("[IpcUnsupportedType] The result of Files.read(String) cannot cross the wire: java.lang.Object at"
            + " Object is java.lang.Object. Use a concrete type;")
        .inFile(files).onLine(5);
  }

  @Test
  void concreteCollectionIsRejectedWithTheInterfaceToUse() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  void tags(Map<String, ArrayList<String>> tags);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("java.util.ArrayList<java.lang.String> at Map[value] is a collection type other than List, Set or Map."
            + " Declare it as List, Set or Map.")
        .inFile(files).onLine(5);
  }

  @Test
  void interfaceThatIsNotSealedIsRejected() {
    JavaFileObject shape = source("Shape", "public interface Shape {}");
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  void draw(Optional<Shape> shape);",
        "}");
    assertThat(compile(shape, files))
        .hadErrorContaining("test.Shape at Optional.get() is an interface that is not sealed.")
        .inFile(files).onLine(5);
  }

  @Test
  void sealedInterfacePermittingAClassIsRejected() {
    JavaFileObject shape = source("Shape",
        "public sealed interface Shape permits Shape.Circle, Shape.Blob {",
        "  record Circle(double r) implements Shape {}",
        "  final class Blob implements Shape {}",
        "}");
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  void draw(Shape[] shapes);",
        "}");
    assertThat(compile(shape, files))
        .hadErrorContaining("test.Shape.Blob at Shape[][0](Blob) is a permitted subtype of sealed Shape that is neither a record, an enum nor a sealed interface.")
        .inFile(files).onLine(5);
  }

  @Test
  void wildcardIsRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  void names(List<? extends CharSequence> names);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("? extends java.lang.CharSequence at List[0] is a wildcard type.")
        .inFile(files).onLine(5);
  }

  @Test
  void rawCollectionIsRejected() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  @SuppressWarnings(\"rawtypes\")",
        "  void names(List names);",
        "}");
    assertThat(compile(files))
        .hadErrorContaining("java.util.List at List is a raw type. Give it type arguments, e.g. List<String>.")
        .inFile(files).onLine(6);
  }

  @Test
  void privateRecordIsRejectedAsInaccessible() {
    JavaFileObject outer = source("Outer",
        "public class Outer {",
        "  private record Secret(String value) {}",
        "  @IpcContract",
        "  public interface Files {",
        "    void open(Secret secret);",
        "  }",
        "}");
    assertThat(compile(outer))
        .hadErrorContaining("[IpcInaccessibleType] Parameter 'secret' of Files.open(Secret) cannot cross the wire:"
            + " test.Outer.Secret at Secret is not accessible from package test, where the generated OuterFilesIpc lives.")
        .inFile(outer).onLine(7);
  }

  @Test
  void packagePrivateRecordOfAnotherPackageIsRejectedAsInaccessible() {
    JavaFileObject hidden = com.google.testing.compile.JavaFileObjects.forSourceLines("other.Wrapper",
        "package other;",
        "public record Wrapper(Hidden hidden) {}",
        "record Hidden(String value) {}");
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  void open(other.Wrapper wrapper);",
        "}");
    assertThat(compile(hidden, files))
        .hadErrorContaining("other.Hidden at Wrapper.hidden is not accessible from package test")
        .inFile(files).onLine(5);
  }
}
