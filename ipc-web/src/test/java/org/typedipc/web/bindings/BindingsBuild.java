package org.typedipc.web.bindings;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A contract built as a user builds it: javac with the processor and {@code
 * -Atypedipc.typescript=true} writes the Java companion and the TypeScript bindings; the package's
 * own tsc then type-checks the bindings under the package's strict settings and compiles them.
 * The TypeScript side is built inside the npm package, so that its import of {@code
 * @typed-ipc/renderer} resolves to the package itself.
 */
final class BindingsBuild implements AutoCloseable {
  /** The npm package, built into {@code dist/} by the module's build before the tests run. */
  static final Path PACKAGE = Path.of("ts").toAbsolutePath();

  private final Path typeScriptDir;
  private final URLClassLoader loader;

  private BindingsBuild(Path typeScriptDir, URLClassLoader loader) {
    this.typeScriptDir = typeScriptDir;
    this.loader = loader;
  }

  /**
   * Compiles {@code sources} (a folder of Java sources) in {@code work}; {@code typeScript} files
   * are compiled with the bindings, beside them.
   */
  static BindingsBuild of(Path sources, Path work, Path... typeScript) throws IOException, InterruptedException {
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path generated = Files.createDirectories(work.resolve("generated"));
    List<String> javac = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-Xlint:all", "-Werror", "-Atypedipc.typescript=true", "-d", classes.toString(), "-s", generated.toString(),
        "-classpath", ExternalTool.testPath(), "-processorpath", ExternalTool.testPath()));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().forEach(javac::add);
    }
    ExternalTool.run(work, work.resolve("javac.log"), javac);

    Path typeScriptDir = typeScriptDir(work);
    copyTree(generated.resolve("typedipc-ts"), typeScriptDir.resolve("src"));
    for (Path file : typeScript) {
      Files.copy(file, typeScriptDir.resolve("src").resolve(file.getFileName().toString()));
    }
    compileTypeScript(typeScriptDir, work);
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, BindingsBuild.class.getClassLoader());
    return new BindingsBuild(typeScriptDir, loader);
  }

  /** A fresh folder inside the npm package for one test's TypeScript, named after its work folder. */
  static Path typeScriptDir(Path work) throws IOException {
    return Files.createDirectories(PACKAGE.resolve("build-bindings")).resolve(work.getFileName().toString());
  }

  /**
   * Type-checks and compiles {@code typeScriptDir/src} into {@code typeScriptDir/js} with the
   * package's tsc and the package's strict settings; fails with tsc's output.
   */
  static void compileTypeScript(Path typeScriptDir, Path work) throws IOException, InterruptedException {
    Files.writeString(typeScriptDir.resolve("tsconfig.json"), """
        {
          "extends": "../../tsconfig.json",
          "compilerOptions": { "rootDir": "src", "outDir": "js", "declaration": false, "sourceMap": false },
          "include": ["src"]
        }
        """);
    ExternalTool.run(typeScriptDir, work.resolve("tsc.log"), List.of("node",
        PACKAGE.resolve("node_modules/typescript/bin/tsc").toString(), "-p", typeScriptDir.resolve("tsconfig.json").toString()));
  }

  /** A class the build compiled, the contract or its companion. */
  Class<?> load(String name) throws ClassNotFoundException {
    return loader.loadClass(name);
  }

  /** The compiled JavaScript of a contract's bindings, e.g. {@code bindings/Catalog.js}. */
  Path javaScript(String relativePath) {
    return typeScriptDir.resolve("js").resolve(relativePath);
  }

  /** The folder the bindings were compiled in. */
  Path typeScriptDir() {
    return typeScriptDir;
  }

  @Override
  public void close() throws IOException {
    loader.close();
    deleteTree(typeScriptDir);
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
