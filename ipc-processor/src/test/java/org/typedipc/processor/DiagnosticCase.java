package org.typedipc.processor;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * One case under {@code diagnostics/}: a source file, or a folder of sources compiled together, with
 * the diagnostics its markers expect.
 */
final class DiagnosticCase {
  private static final String ROOT = "diagnostics";

  private final String name;
  /** Each source by its URI, which javac's diagnostics carry, with its name under the root. */
  private final Map<URI, String> names = new LinkedHashMap<>();
  private final List<JavaFileObject> sources = new ArrayList<>();
  private final List<ExpectedDiagnostic> expected = new ArrayList<>();

  private DiagnosticCase(Path root, Path entry) throws IOException {
    name = entry.getFileName().toString();
    for (Path file : Files.isDirectory(entry) ? javaFilesIn(entry) : List.of(entry)) {
      String fileName = root.relativize(file).toString();
      JavaFileObject source = JavaFileObjects.forResource(url(file));
      names.put(source.toUri(), fileName);
      sources.add(source);
      expected.addAll(ExpectedDiagnostic.parse(fileName, Files.readAllLines(file, StandardCharsets.UTF_8)));
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
    return sources.toArray(JavaFileObject[]::new);
  }

  List<ExpectedDiagnostic> expected() {
    return expected;
  }

  /** The name a marker uses for {@code file}: its path under the root, or javac's name for any other file. */
  String nameOf(JavaFileObject file) {
    return file == null ? "(no file)" : names.getOrDefault(file.toUri(), file.getName());
  }

  /** The display name of the parameterised test. */
  @Override
  public String toString() {
    return name;
  }

  private static List<Path> javaFilesIn(Path folder) throws IOException {
    return sorted(folder).stream().filter(file -> file.toString().endsWith(".java")).toList();
  }

  private static List<Path> sorted(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    }
  }

  private static URL url(Path file) {
    try {
      return file.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
