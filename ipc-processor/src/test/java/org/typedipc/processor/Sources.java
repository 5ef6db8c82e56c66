package org.typedipc.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import javax.tools.JavaFileObject;

/** Test sources and compilation through the processor. Line 2 of every source holds its imports. */
final class Sources {
  static final String IMPORTS =
      "import org.typedipc.api.*; import java.util.*; import java.util.concurrent.*; import java.time.*;";

  private Sources() {}

  /** A source in package {@code test} whose line 3 is {@code lines[0]}. */
  static JavaFileObject source(String simpleName, String... lines) {
    String[] all = new String[lines.length + 2];
    all[0] = "package test;";
    all[1] = IMPORTS;
    System.arraycopy(lines, 0, all, 2, lines.length);
    return JavaFileObjects.forSourceLines("test." + simpleName, all);
  }

  /**
   * Compiles through the processor as strict builds do: every lint enabled and warnings are errors,
   * so a warning in generated code or about the processor fails the test.
   */
  static Compilation compile(JavaFileObject... sources) {
    return javac().withClasspath(CLASSPATH).withOptions(STRICT_OPTIONS).withProcessors(new IpcProcessor()).compile(sources);
  }

  /** {@link #compile} with the TypeScript bindings turned on. */
  static Compilation compileWithTypeScript(JavaFileObject... sources) {
    List<String> options = new java.util.ArrayList<>(STRICT_OPTIONS);
    options.add("-A" + TsOutput.OPTION + "=true");
    return javac().withClasspath(CLASSPATH).withOptions(options).withProcessors(new IpcProcessor()).compile(sources);
  }

  /**
   * Compiles with every lint enabled but warnings kept as warnings, for tests that expect some and
   * fail on any other.
   */
  static Compilation compileLinted(JavaFileObject... sources) {
    return javac().withClasspath(CLASSPATH).withOptions(LINT).withProcessors(new IpcProcessor()).compile(sources);
  }

  /**
   * Compiles with every lint and every javadoc check on public and protected members ({@code -Xdoclint:all/protected}, what a javadoc jar is checked with), warnings kept as
   * warnings: javac checks the doc comments of generated sources as it does those of the user's.
   */
  static Compilation compileDoclinted(JavaFileObject... sources) {
    return javac().withClasspath(CLASSPATH).withOptions(LINT, "-Xdoclint:all/protected").withProcessors(new IpcProcessor()).compile(sources);
  }

  private static final String LINT = "-Xlint:all";

  /** The javac options of a build that tolerates no warning. */
  static final List<String> STRICT_OPTIONS = List.of(LINT, "-Werror");

  /** The API and the runtime, which user code and generated code compile against. */
  static final List<File> CLASSPATH =
      List.of(location("org.typedipc.api.IpcContract"), location("org.typedipc.runtime.IpcRenderer"));

  /**
   * Where a class of the test class path was loaded from, found by name: the processor's module
   * does not read the API or the runtime, so its tests cannot name their classes.
   */
  static File location(String className) {
    try {
      Class<?> type = Class.forName(className, false, Sources.class.getClassLoader());
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
