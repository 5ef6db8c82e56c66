package org.typedipc.processor;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.annotation.processing.Filer;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Checks that a named module can compile and run the generated code: its {@code module-info.java}
 * must read the runtime and the API. The file is read as text, because asking javac for the
 * directives of the module being compiled can break the compilation.
 */
final class ModuleCheck {
  /** The lines generated code needs, each with the module it names. */
  private static final List<String[]> REQUIRED = List.of(
      new String[] {"org.typedipc.runtime", "org.typedipc.runtime.IpcRenderer"},
      new String[] {"org.typedipc.api", "org.typedipc.api.ChannelDescriptor"});

  private final Elements elements;
  private final Filer filer;
  private final Reporter reporter;
  private final Map<String, List<String>> missingByModule = new HashMap<>();

  ModuleCheck(Elements elements, Filer filer, Reporter reporter) {
    this.elements = elements;
    this.filer = filer;
    this.reporter = reporter;
  }

  /** Reports every missing line on {@code contract}; returns whether nothing is missing. */
  boolean check(TypeElement contract, String companionName) {
    ModuleElement module = elements.getModuleOf(contract);
    if (module == null || module.isUnnamed()) {
      return true;
    }
    String moduleName = module.getQualifiedName().toString();
    List<String> missing = missingByModule.computeIfAbsent(moduleName, name -> missingLines(module));
    for (String line : missing) {
      reporter.error(contract, Message.MODULE_REQUIRES, moduleName, companionName, line);
    }
    return missing.isEmpty();
  }

  private List<String> missingLines(ModuleElement module) {
    String source = moduleInfoSource();
    List<String> missing = new ArrayList<>();
    for (String[] required : REQUIRED) {
      boolean present = source != null
          ? requires(source, required[0])
          : elements.getTypeElement(module, required[1]) != null;
      if (!present) {
        missing.add("requires " + required[0] + ";");
      }
    }
    return missing;
  }

  /** Whether the declaration has {@code requires [transitive] name;}; {@code requires static} does not load it at run time. */
  static boolean requires(String moduleInfo, String moduleName) {
    String code = stripComments(moduleInfo);
    Pattern pattern = Pattern.compile("\\brequires\\s+(transitive\\s+)?" + Pattern.quote(moduleName) + "\\s*;");
    return pattern.matcher(code).find();
  }

  static String stripComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
  }

  private String moduleInfoSource() {
    try {
      FileObject file = filer.getResource(StandardLocation.SOURCE_PATH, "", "module-info.java");
      StringBuilder text = new StringBuilder();
      try (Reader reader = file.openReader(true)) {
        char[] buffer = new char[4096];
        for (int n; (n = reader.read(buffer)) > 0; ) {
          text.append(buffer, 0, n);
        }
      }
      return text.toString();
    } catch (IOException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
      // No source path, or a compiler that cannot read it: the caller asks the model instead.
      return null;
    }
  }
}
