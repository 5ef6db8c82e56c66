package org.typedipc.processor;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  /** The module declaration's text per module, without comments; empty if it cannot be read. */
  private final Map<String, Optional<String>> declarations = new HashMap<>();
  /** Modules and packages already checked: each problem is reported once, on the first contract. */
  private final Set<String> checked = new HashSet<>();

  ModuleCheck(Elements elements, Filer filer, Reporter reporter) {
    this.elements = elements;
    this.filer = filer;
    this.reporter = reporter;
  }

  /**
   * Reports every missing line on {@code contract}, and, where the contract's package is exported,
   * every line that should be {@code requires transitive}; returns whether nothing is missing.
   */
  boolean check(TypeElement contract, String companionName) {
    ModuleElement module = elements.getModuleOf(contract);
    if (module == null || module.isUnnamed()) {
      return true;
    }
    String moduleName = module.getQualifiedName().toString();
    String packageName = elements.getPackageOf(contract).getQualifiedName().toString();
    Optional<String> declaration = declarations.computeIfAbsent(moduleName, name -> Optional.ofNullable(moduleInfoSource()));
    boolean exported = declaration.map(code -> exports(code, packageName)).orElse(false);
    boolean firstOfPackage = checked.add(moduleName + "/" + packageName);
    boolean ok = true;
    for (String[] required : REQUIRED) {
      boolean present = declaration.isPresent()
          ? requires(declaration.get(), required[0])
          : elements.getTypeElement(module, required[1]) != null;
      if (!present) {
        String line = (exported ? "requires transitive " : "requires ") + required[0] + ";";
        reporter.error(contract, Message.MODULE_REQUIRES, moduleName, companionName, line);
        ok = false;
      } else if (exported && firstOfPackage && !requiresTransitive(declaration.get(), required[0])) {
        reporter.warning(contract, null, null, Message.MODULE_REQUIRES_TRANSITIVE, moduleName, packageName, companionName,
            required[0]);
      }
    }
    return ok;
  }

  /** Whether the declaration has {@code requires [transitive] name;}; {@code requires static} does not load it at run time. */
  static boolean requires(String moduleInfo, String moduleName) {
    return matches(moduleInfo, "\\brequires\\s+(transitive\\s+)?" + Pattern.quote(moduleName) + "\\s*;");
  }

  static boolean requiresTransitive(String moduleInfo, String moduleName) {
    return matches(moduleInfo, "\\brequires\\s+transitive\\s+" + Pattern.quote(moduleName) + "\\s*;");
  }

  /** Whether the declaration exports the package, to everyone or to some modules. */
  static boolean exports(String moduleInfo, String packageName) {
    return matches(moduleInfo, "\\bexports\\s+" + Pattern.quote(packageName) + "\\s*(;|to\\b)");
  }

  private static boolean matches(String moduleInfo, String regex) {
    return Pattern.compile(regex).matcher(stripComments(moduleInfo)).find();
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
