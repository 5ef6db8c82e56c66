package org.typedipc.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.typedipc.processor.Sources.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Contracts whose types another processor generates later in the same compilation. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DeferralTest {
  private static final JavaFileObject FILES = source("Files",
      "@IpcContract",
      "public interface Files {",
      "  CompletableFuture<Later> read(String path);",
      "}");

  @Test
  void contractUsingATypeGeneratedInALaterRoundIsGenerated() {
    Compilation compilation = javac()
        .withClasspath(Sources.CLASSPATH)
        .withOptions(Sources.STRICT_OPTIONS)
        // A universal processor is asked only while annotations are unclaimed; this one comes first.
        .withProcessors(new RecordGenerator(), new IpcProcessor())
        .compile(FILES);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.FilesIpc").contentsAsUtf8String().contains("decodeLater(");
  }

  @Test
  void contractDeclaringAnExceptionGeneratedInALaterRoundIsGenerated() {
    JavaFileObject files = source("Files",
        "@IpcContract",
        "public interface Files {",
        "  CompletableFuture<String> read(String path) throws LaterFailure;",
        "}");
    Compilation compilation = javac()
        .withClasspath(Sources.CLASSPATH)
        .withOptions(Sources.STRICT_OPTIONS)
        .withProcessors(new RecordGenerator("test.LaterFailure", "package test;\n"
            + "public class LaterFailure extends Exception {\n"
            + "  private static final long serialVersionUID = 1L;\n"
            + "  public LaterFailure(String message) { super(message); }\n"
            + "}\n"), new IpcProcessor())
        .compile(files);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.FilesIpc").contentsAsUtf8String().contains("decodeLaterFailure(");
  }

  @Test
  void typeThatNeverAppearsIsReportedOnceOnTheContract() {
    Compilation compilation = Sources.compile(FILES);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[IpcUnresolvedType] Did not generate FilesIpc because Files refers to types that could not"
            + " be resolved: Later. If another annotation processor generates them, check its errors above.")
        .inFile(FILES).onLine(4);
  }

  /** Generates a type ({@code test.Later} unless told) in the first round, as another processor of the build would. */
  static final class RecordGenerator extends AbstractProcessor {
    private final String name;
    private final String text;
    private boolean done;

    RecordGenerator() {
      this("test.Later", "package test;\npublic record Later(String text, int count) {}\n");
    }

    RecordGenerator(String name, String text) {
      this.name = name;
      this.text = text;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          writer.write(text);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
