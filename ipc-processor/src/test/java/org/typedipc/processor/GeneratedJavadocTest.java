package org.typedipc.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.typedipc.processor.Sources.compileDoclinted;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;

/**
 * The generated companions pass javac's full javadoc check ({@code -Xdoclint:all}), so a build
 * that treats doclint warnings as errors accepts them: every public member has a comment, with its
 * parameters, result and exceptions.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GeneratedJavadocTest {
  @ParameterizedTest
  @ValueSource(strings = {"Files,FileContent,Level", "Progress", "Worker,BusyException", "Shapes",
      "Reports,Error,Void,Override"})
  void companionsAreCleanUnderDoclint(String inputs) {
    JavaFileObject[] sources = List.of(inputs.split(",")).stream()
        .map(name -> JavaFileObjects.forResource("golden/test/" + name + ".java"))
        .toArray(JavaFileObject[]::new);
    Compilation compilation = compileDoclinted(sources);
    List<String> inGenerated = compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .filter(d -> d.getSource() != null && compilation.generatedSourceFiles().stream()
            .anyMatch(generated -> generated.toUri().equals(d.getSource().toUri())))
        .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
        .collect(Collectors.toList());
    assertWithMessage("doclint findings in generated code").that(inGenerated).isEmpty();
  }
}
