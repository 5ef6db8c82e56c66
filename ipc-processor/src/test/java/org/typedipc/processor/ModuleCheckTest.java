package org.typedipc.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contracts in named modules, compiled with javac directly because compile-testing cannot compile
 * a module. The module path holds the API and the runtime, as in a user's build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ModuleCheckTest {
  private static final String CONTRACT = String.join("\n",
      "package com.example.app;",
      "",
      "import org.typedipc.api.IpcContract;",
      "",
      "@IpcContract",
      "public interface Files {",
      "  void log(String text);",
      "}",
      "");

  @TempDir Path dir;

  @Test
  void moduleWithoutTheRuntimeGetsTheExactMissingLine() throws IOException {
    Result result = compile("module com.example.app {\n  requires org.typedipc.api;\n}\n", true);
    assertThat(result.success).isFalse();
    Diagnostic<? extends JavaFileObject> error = result.errors.get(0);
    assertThat(error.getMessage(Locale.ROOT)).isEqualTo(
        "[IpcModuleRequires] Module com.example.app cannot use the generated FilesIpc: its module-info.java lacks"
            + " `requires org.typedipc.runtime;`. Add that line to the module declaration.");
    assertThat(error.getSource().getName()).endsWith("Files.java");
    assertThat(error.getLineNumber()).isEqualTo(6);
    assertThat(result.errors).hasSize(1);
  }

  @Test
  void staticRequiresOfTheApiIsNotEnoughAtRunTime() throws IOException {
    Result result = compile(
        "module com.example.app {\n  requires static org.typedipc.api;\n  requires org.typedipc.runtime;\n}\n", true);
    assertThat(result.messages()).contains("lacks `requires org.typedipc.api;`");
  }

  @Test
  void moduleThatReadsBothCompilesWithoutTheJavaxGeneratedAnnotation() throws IOException {
    Result result = compile(
        "// requires org.typedipc.nothing;\nmodule com.example.app {\n  requires transitive org.typedipc.api;\n"
            + "  requires org.typedipc.runtime;\n}\n", true);
    assertThat(result.messages()).isEmpty();
    assertThat(result.success).isTrue();
    String generated = Files.readString(dir.resolve("generated/com/example/app/FilesIpc.java"));
    assertThat(generated).contains("@IpcGenerated(\"com.example.app.Files\")");
    assertThat(generated).doesNotContain("javax.annotation.processing.Generated");
  }

  @Test
  void withoutASourcePathTheModuleGraphDecides() throws IOException {
    Result result = compile("module com.example.app {\n  requires org.typedipc.api;\n}\n", false);
    assertThat(result.messages()).contains("lacks `requires org.typedipc.runtime;`");
  }

  @Test
  void moduleThatReadsJavaCompilerGetsTheJavaxGeneratedAnnotation() throws IOException {
    Result result = compile("module com.example.app {\n  requires org.typedipc.api;\n  requires org.typedipc.runtime;\n"
        + "  requires java.compiler;\n}\n", true);
    assertThat(result.success).isTrue();
    assertThat(Files.readString(dir.resolve("generated/com/example/app/FilesIpc.java")))
        .contains("@Generated(\"org.typedipc.processor.IpcProcessor\")");
  }

  @Test
  void exportedContractPackageWithPlainRequiresIsToldToRequireTransitively() throws IOException {
    Result result = compile("module com.example.app {\n  exports com.example.app;\n  requires transitive org.typedipc.api;\n"
        + "  requires org.typedipc.runtime;\n}\n", true);
    assertThat(result.warnings).hasSize(1);
    Diagnostic<? extends JavaFileObject> warning = result.warnings.get(0);
    assertThat(warning.getMessage(Locale.ROOT)).isEqualTo(
        "[IpcModuleRequiresTransitive] Module com.example.app exports package com.example.app, whose generated FilesIpc"
            + " shows types of org.typedipc.runtime in its public API, but module-info.java has `requires"
            + " org.typedipc.runtime;`, so javac warns [exports]. Write `requires transitive org.typedipc.runtime;` instead.");
    assertThat(warning.getSource().getName()).endsWith("Files.java");
  }

  @Test
  void exportedContractPackageWithTransitiveRequiresCompilesWithoutWarnings() throws IOException {
    Result result = compile("module com.example.app {\n  exports com.example.app;\n  requires transitive org.typedipc.api;\n"
        + "  requires transitive org.typedipc.runtime;\n}\n", true);
    assertThat(result.warnings).isEmpty();
    assertThat(result.errors).isEmpty();
    assertThat(result.success).isTrue();
  }

  @Test
  void exportedContractPackageIsToldTheTransitiveLine() throws IOException {
    Result result = compile("module com.example.app {\n  exports com.example.app;\n  requires transitive org.typedipc.api;\n}\n", true);
    assertThat(result.messages()).contains("lacks `requires transitive org.typedipc.runtime;`");
  }

  private Result compile(String moduleInfo, boolean sourcePath) throws IOException {
    Path src = dir.resolve("src");
    Path pkg = src.resolve("com/example/app");
    Files.createDirectories(pkg);
    Files.writeString(src.resolve("module-info.java"), moduleInfo, StandardCharsets.UTF_8);
    Files.writeString(pkg.resolve("Files.java"), CONTRACT, StandardCharsets.UTF_8);
    Path out = Files.createDirectories(dir.resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve("generated"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(List.of(
          "--module-path", Sources.CLASSPATH.stream().map(File::getPath).collect(Collectors.joining(File.pathSeparator)),
          "-d", out.toString(),
          "-s", generated.toString(),
          "-implicit:none"));
      options.addAll(Sources.STRICT_OPTIONS);
      if (sourcePath) {
        options.add("-sourcepath");
        options.add(src.toString());
      }
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(src.resolve("module-info.java"), pkg.resolve("Files.java")));
      task.setProcessors(List.of(new IpcProcessor()));
      boolean success = task.call();
      return new Result(success, diagnostics.getDiagnostics());
    }
  }

  private static final class Result {
    final boolean success;
    final List<Diagnostic<? extends JavaFileObject>> errors;
    final List<Diagnostic<? extends JavaFileObject>> warnings;

    Result(boolean success, List<Diagnostic<? extends JavaFileObject>> all) {
      this.success = success;
      this.errors = all.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).collect(Collectors.toList());
      this.warnings = all.stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING).collect(Collectors.toList());
    }

    String messages() {
      return errors.stream().map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"));
    }
  }
}
