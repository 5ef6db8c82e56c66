package org.typedipc.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * Where a renderer's main class is found, as {@code java} arguments: on a class path, on a module
 * path, or linked into this JVM's runtime image (a jlink image needs no module path at all).
 */
final class LaunchTarget {
  private LaunchTarget() {}

  /**
   * The arguments that name the main class and where it lives; a path given explicitly wins over
   * this JVM's own.
   *
   * @throws IllegalStateException when this JVM cannot tell where the class or module is
   */
  static List<String> arguments(String module, String mainClass, String classPath, String modulePath) {
    if (module == null && classPath != null) {
      return List.of("-cp", classPath, mainClass);
    }
    String named = module != null ? module : bootModuleOf(mainClass).orElse(null);
    if (named == null) {
      // Checked here: a modular application's class path is "." by default, which would only let the child fail later.
      if (ClassLoader.getSystemResource(mainClass.replace('.', '/') + ".class") == null) {
        throw new IllegalStateException(ErrorMessages.mainClassNowhere(mainClass));
      }
      return List.of("-cp", System.getProperty("java.class.path"), mainClass);
    }
    List<String> arguments = new ArrayList<>();
    String path = modulePath != null ? modulePath : System.getProperty("jdk.module.path", "");
    if (!path.isEmpty()) {
      arguments.add("--module-path");
      arguments.add(path);
    } else if (ModuleLayer.boot().findModule(named).isEmpty()) {
      throw new IllegalStateException(ErrorMessages.moduleNowhere(named));
    }
    arguments.add("--module");
    arguments.add(named + "/" + mainClass);
    return arguments;
  }

  /** The named module of the boot layer holding the package of {@code className}, if any. */
  private static Optional<String> bootModuleOf(String className) {
    int dot = className.lastIndexOf('.');
    String packageName = dot < 0 ? "" : className.substring(0, dot);
    return ModuleLayer.boot().modules().stream()
        .filter(module -> module.getPackages().contains(packageName))
        .map(Module::getName)
        .findFirst();
  }
}
