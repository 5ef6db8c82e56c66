package org.typedipc.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.transport.Transport;

/**
 * How main launches a renderer process: a child JVM of this JVM's runtime (a jlink image included)
 * with this JVM's module path or class path, a main class (or module and main class), arguments and
 * JVM options. The child's {@code main} calls {@link
 * RendererProcess#run}, which connects, runs its set-up and serves until the connection closes;
 * the endpoint and its secret travel in the environment, never on the command line.
 *
 * <pre>{@code
 * // main
 * Renderer worker = ipcMain.launch(RendererLaunch.mainClass("com.example.Worker").withArgs("--fast"))
 *     .get(10, TimeUnit.SECONDS);
 *
 * // com.example.Worker
 * public static void main(String[] args) {
 *   RendererProcess.run(connection -> connection.ipcRenderer().on("work", (event, a) -> handle(a)));
 * }
 * }</pre>
 */
public final class RendererLaunch {
  private final String module;
  private final String mainClass;
  private final List<String> args;
  private final List<String> jvmOptions;
  private final Transport transport;
  private final String classPath;
  private final String modulePath;
  private final Path java;
  private final Map<String, String> environment;
  private final List<String> commandPrefix;
  private final ProcessBuilder.Redirect errorOutput;
  private final RestartPolicy restart;

  private RendererLaunch(String module, String mainClass, List<String> args, List<String> jvmOptions, Transport transport,
      String classPath, String modulePath, Path java, Map<String, String> environment, List<String> commandPrefix,
      ProcessBuilder.Redirect errorOutput, RestartPolicy restart) {
    this.module = module;
    this.mainClass = mainClass;
    this.args = List.copyOf(args);
    this.jvmOptions = List.copyOf(jvmOptions);
    this.transport = transport;
    this.classPath = classPath;
    this.modulePath = modulePath;
    this.java = java;
    this.environment = Map.copyOf(environment);
    this.commandPrefix = List.copyOf(commandPrefix);
    this.errorOutput = errorOutput;
    this.restart = restart;
  }

  /**
   * Launches {@code mainClass}: as its module when it is in a named module of this JVM (a modular
   * application or a jlink image), otherwise from this JVM's class path; {@link #withClassPath}
   * chooses another class path.
   *
   * @param mainClass the binary name of the renderer's main class, e.g. {@code com.example.Worker}
   * @return a launch over {@link TransportKind#STDIO}, with no arguments and no restarts
   * @throws IllegalArgumentException if {@code mainClass} is null or blank
   */
  public static RendererLaunch mainClass(String mainClass) {
    return new RendererLaunch(null, requireText(mainClass, "mainClass"), List.of(), List.of(), TransportKind.STDIO.transport(),
        null, null, null, Map.of(), List.of(), ProcessBuilder.Redirect.INHERIT, null);
  }

  /**
   * Launches {@code mainClass} of {@code module}: from this JVM's module path, or from its runtime
   * image when the module is linked into it; {@link #withModulePath} chooses another module path.
   *
   * @param module the name of the renderer's module
   * @param mainClass the binary name of the main class in that module
   * @return a launch over {@link TransportKind#STDIO}, with no arguments and no restarts
   * @throws IllegalArgumentException if {@code module} or {@code mainClass} is null or blank
   */
  public static RendererLaunch module(String module, String mainClass) {
    return new RendererLaunch(requireText(module, "module"), requireText(mainClass, "mainClass"), List.of(), List.of(),
        TransportKind.STDIO.transport(), null, null, null, Map.of(), List.of(), ProcessBuilder.Redirect.INHERIT, null);
  }

  /**
   * With these program arguments.
   *
   * @param args the arguments the renderer's {@code main} receives; they replace earlier ones
   * @return a copy with those arguments
   */
  public RendererLaunch withArgs(String... args) {
    return new RendererLaunch(module, mainClass, List.of(args), jvmOptions, transport, classPath, modulePath, java, environment, commandPrefix, errorOutput, restart);
  }

  /**
   * With these JVM options, e.g. {@code -Xmx256m}.
   *
   * @param options the options placed before the class or module path; they replace earlier ones
   * @return a copy with those options
   */
  public RendererLaunch withJvmOptions(String... options) {
    return new RendererLaunch(module, mainClass, args, List.of(options), transport, classPath, modulePath, java, environment, commandPrefix, errorOutput, restart);
  }

  /**
   * Over this transport; {@link TransportKind#STDIO} by default.
   *
   * @param transport one of the built-in transports
   * @return a copy over that transport
   */
  public RendererLaunch withTransport(TransportKind transport) {
    return withTransport(transport.transport());
  }

  /**
   * Over this transport, a built-in one or your own.
   *
   * @param transport how main and the renderer connect
   * @return a copy over that transport
   */
  public RendererLaunch withTransport(Transport transport) {
    return new RendererLaunch(module, mainClass, args, jvmOptions, Objects.requireNonNull(transport, "transport"), classPath, modulePath, java, environment, commandPrefix, errorOutput, restart);
  }

  /**
   * With this class path instead of this JVM's.
   *
   * @param classPath the renderer's class path, in the platform's {@code -cp} syntax
   * @return a copy with that class path
   */
  public RendererLaunch withClassPath(String classPath) {
    return new RendererLaunch(module, mainClass, args, jvmOptions, transport, requireText(classPath, "classPath"), modulePath, java, environment, commandPrefix, errorOutput, restart);
  }

  /**
   * With this module path instead of this JVM's.
   *
   * @param modulePath the renderer's module path, in the platform's {@code --module-path} syntax
   * @return a copy with that module path
   */
  public RendererLaunch withModulePath(String modulePath) {
    return new RendererLaunch(module, mainClass, args, jvmOptions, transport, classPath, requireText(modulePath, "modulePath"), java, environment, commandPrefix, errorOutput, restart);
  }

  /**
   * With this {@code java} launcher instead of this JVM's.
   *
   * @param java the path of the {@code java} executable to run
   * @return a copy with that launcher
   */
  public RendererLaunch withJava(Path java) {
    return new RendererLaunch(module, mainClass, args, jvmOptions, transport, classPath, modulePath, Objects.requireNonNull(java, "java"), environment, commandPrefix, errorOutput, restart);
  }

  /**
   * With one more environment variable.
   *
   * @param name the variable's name
   * @param value the variable's value
   * @return a copy with that variable added, or replaced if it was set before
   */
  public RendererLaunch withEnvironment(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(environment);
    more.put(requireText(name, "name"), Objects.requireNonNull(value, "value"));
    return new RendererLaunch(module, mainClass, args, jvmOptions, transport, classPath, modulePath, java, more, commandPrefix, errorOutput, restart);
  }

  /**
   * Starts the JVM through another program, e.g. {@code taskset -c 1} to choose its CPU or {@code
   * nice} to lower its priority.
   *
   * @param prefix the program and its arguments, put before the {@code java} launcher
   * @return a copy with that prefix
   */
  public RendererLaunch withCommandPrefix(String... prefix) {
    return new RendererLaunch(module, mainClass, args, jvmOptions, transport, classPath, modulePath, java, environment, List.of(prefix), errorOutput, restart);
  }

  /**
   * Appends the renderer's standard error (and what it prints to {@code System.out} over stdio) to
   * {@code file}, instead of main's standard error.
   *
   * @param file the file to append to; created if absent
   * @return a copy that writes the renderer's error output there
   */
  public RendererLaunch withErrorOutput(Path file) {
    return new RendererLaunch(module, mainClass, args, jvmOptions, transport, classPath, modulePath, java, environment, commandPrefix,
        ProcessBuilder.Redirect.appendTo(Objects.requireNonNull(file, "file").toFile()), restart);
  }

  /**
   * Relaunches the renderer as {@code policy} says when it ends abnormally. The future of {@link
   * IpcMain#launch} completes with the first renderer; each relaunch is a new {@link Renderer},
   * announced to {@link IpcMain#onRendererCreated} listeners, which is where an application sends a
   * new renderer its work (and {@link IpcMain#onRendererGone} where it learns a renderer went).
   *
   * <pre>{@code
   * ipcMain.onRendererCreated(renderer -> renderer.send("start", jobs()));
   * ipcMain.launch(RendererLaunch.mainClass("com.example.Worker")
   *     .withRestart(RestartPolicy.onAbnormalExit().maxRestarts(3).within(Duration.ofMinutes(1))));
   * }</pre>
   *
   * @param policy when and how often to relaunch
   * @return a copy with that policy
   */
  public RendererLaunch withRestart(RestartPolicy policy) {
    return new RendererLaunch(module, mainClass, args, jvmOptions, transport, classPath, modulePath, java, environment, commandPrefix, errorOutput,
        Objects.requireNonNull(policy, "policy"));
  }

  /** {@return the restart policy; empty if the renderer is not relaunched} */
  public Optional<RestartPolicy> restartPolicy() {
    return Optional.ofNullable(restart);
  }

  /** {@return where the renderer's standard error goes: main's own, unless {@link #withErrorOutput} chose a file} */
  public ProcessBuilder.Redirect errorOutput() {
    return errorOutput;
  }

  /** {@return the transport main and the renderer connect over} */
  public Transport transport() {
    return transport;
  }

  /** {@return the extra environment variables, by name} */
  public Map<String, String> environment() {
    return environment;
  }

  /**
   * The command line of the child JVM. Without {@link #withClassPath} or {@link #withModulePath} it
   * finds the renderer as this JVM finds its own classes: a main class in a named module of this
   * JVM (a modular application, or a jlink image) is launched as that module, any other from this
   * JVM's class path; a module linked into this JVM's runtime image needs no module path.
   *
   * @return the program and its arguments, prefix first
   * @throws IllegalStateException if this JVM cannot tell where the main class or module is; the
   *     message says what to pass. {@link IpcMain#launch} reports this through its future.
   */
  public List<String> command() {
    List<String> command = new ArrayList<>(commandPrefix);
    command.add((java != null ? java : Path.of(System.getProperty("java.home"), "bin", "java")).toString());
    command.addAll(jvmOptions);
    command.addAll(LaunchTarget.arguments(module, mainClass, classPath, modulePath));
    command.addAll(args);
    return command;
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(ErrorMessages.emptyText(name));
    }
    return value;
  }

  @Override
  public String toString() {
    return "RendererLaunch[" + (module != null ? module + "/" : "") + mainClass + " over " + transport + "]";
  }
}
