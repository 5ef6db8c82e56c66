package org.typedipc.processor;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** One case under {@code diagnostics/}: a source file, or a folder of sources compiled together. */
final class DiagnosticCase {
  private static final String ROOT = "diagnostics";

  /** A source of the case: where it is, the name its markers go by, and what javac compiles. */
  private record Source(Path path, String name, JavaFileObject file) {}

  private final String name;
  private final List<Source> sources = new ArrayList<>();

  private DiagnosticCase(Path root, Path entry) throws IOException {
    name = entry.getFileName().toString();
    for (Path path : Files.isDirectory(entry) ? javaFilesIn(entry) : List.of(entry)) {
      sources.add(new Source(path, root.relativize(path).toString(), JavaFileObjects.forResource(url(path))));
    }
  }

  static List<DiagnosticCase> all() throws IOException, URISyntaxException {
    Path root = Path.of(DiagnosticCase.class.getClassLoader().getResource(ROOT).toURI());
    List<DiagnosticCase> cases = new ArrayList<>();
    for (Path entry : sorted(root)) {
      cases.add(new DiagnosticCase(root, entry));
    }
    return cases;
  }

  JavaFileObject[] sources() {
    return sources.stream().map(Source::file).toArray(JavaFileObject[]::new);
  }

  /** Read when the case runs, so that a malformed marker fails its own case only. */
  List<ExpectedDiagnostic> expected() throws IOException {
    List<ExpectedDiagnostic> expected = new ArrayList<>();
    for (Source source : sources) {
      expected.addAll(ExpectedDiagnostic.parse(source.name(), Files.readAllLines(source.path(), StandardCharsets.UTF_8)));
    }
    return expected;
  }

  /** The name markers use for {@code file}, which javac's diagnostics carry; javac's own name for any other file. */
  String nameOf(JavaFileObject file) {
    if (file == null) {
      return "(no file)";
    }
    return sources.stream()
        .filter(source -> source.file().toUri().equals(file.toUri()))
        .map(Source::name)
        .findFirst()
        .orElse(file.getName());
  }

  /** The display name of the parameterised test. */
  @Override
  public String toString() {
    return name;
  }

  private static List<Path> javaFilesIn(Path folder) throws IOException {
    return sorted(folder).stream().filter(path -> path.toString().endsWith(".java")).toList();
  }

  private static List<Path> sorted(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    }
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
