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
   */
  public static RendererLaunch mainClass(String mainClass) {
    return new RendererLaunch(null, requireText(mainClass, "mainClass"), List.of(), List.of(), TransportKind.STDIO.transport(),
        null, null, null, Map.of(), List.of(), ProcessBuilder.Redirect.INHERIT, null);
  }

  /**
   * Launches {@code mainClass} of {@code module}: from this JVM's module path, or from its runtime
   * image when the module is linked into it; {@link #withModulePath} chooses another module path.
   */
  public static RendererLaunch module(String module, String mainClass) {
    return new RendererLaunch(requireText(module, "module"), requireText(mainClass, "mainClass"), List.of(), List.of(),
        TransportKind.STDIO.transport(), null, null, null, Map.of(), List.of(), ProcessBuilder.Redirect.INHERIT, null);
  }

  /** With these program arguments. */
  public RendererLaunch withArgs(String... args) {
    return new RendererLaunch(module, mainClass, List.of(args), jvmOptions, transport, classPath, modulePath, java, environment, commandPrefix, errorOutput, restart);
  }

  /** With these JVM options, e.g. {@code -Xmx256m}. */
  public RendererLaunch withJvmOptions(String... options) {
    return new RendererLaunch(module, mainClass, args, List.of(options), transport, classPath, modulePath, java, environment, commandPrefix, errorOutput, restart);
  }

  /** Over this transport; {@link TransportKind#STDIO} by default. */
  public RendererLaunch withTransport(TransportKind transport) {
    return withTransport(transport.transport());
  }

  /** Over this transport, a built-in one or your own. */
  public RendererLaunch withTransport(Transport transport) {
    return new RendererLaunch(module, mainClass, args, jvmOptions, Objects.requireNonNull(transport, "transport"), classPath, modulePath, java, environment, commandPrefix, errorOutput, restart);
  }

  /** With this class path instead of this JVM's. */
  public RendererLaunch withClassPath(String classPath) {
    return new RendererLaunch(module, mainClass, args, jvmOptions, transport, requireText(classPath, "classPath"), modulePath, java, environment, commandPrefix, errorOutput, restart);
  }

  /** With this module path instead of this JVM's. */
  public RendererLaunch withModulePath(String modulePath) {
    return new RendererLaunch(module, mainClass, args, jvmOptions, transport, classPath, requireText(modulePath, "modulePath"), java, environment, commandPrefix, errorOutput, restart);
  }

  /** With this {@code java} launcher instead of this JVM's. */
  public RendererLaunch withJava(Path java) {
    return new RendererLaunch(module, mainClass, args, jvmOptions, transport, classPath, modulePath, Objects.requireNonNull(java, "java"), environment, commandPrefix, errorOutput, restart);
  }

  /** With one more environment variable. */
  public RendererLaunch withEnvironment(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(environment);
    more.put(requireText(name, "name"), Objects.requireNonNull(value, "value"));
    return new RendererLaunch(module, mainClass, args, jvmOptions, transport, classPath, modulePath, java, more, commandPrefix, errorOutput, restart);
  }

  /**
   * Starts the JVM through another program, e.g. {@code taskset -c 1} to choose its CPU or {@code
   * nice} to lower its priority.
   */
  public RendererLaunch withCommandPrefix(String... prefix) {
    return new RendererLaunch(module, mainClass, args, jvmOptions, transport, classPath, modulePath, java, environment, List.of(prefix), errorOutput, restart);
  }

  /**
   * Appends the renderer's standard error (and what it prints to {@code System.out} over stdio) to
   * {@code file}, instead of main's standard error.
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
   */
  public RendererLaunch withRestart(RestartPolicy policy) {
    return new RendererLaunch(module, mainClass, args, jvmOptions, transport, classPath, modulePath, java, environment, commandPrefix, errorOutput,
        Objects.requireNonNull(policy, "policy"));
  }

  /** The restart policy; empty if the renderer is not relaunched. */
  public Optional<RestartPolicy> restartPolicy() {
    return Optional.ofNullable(restart);
  }

  /** Where the renderer's standard error goes: main's own, unless {@link #withErrorOutput} chose a file. */
  public ProcessBuilder.Redirect errorOutput() {
    return errorOutput;
  }

  /** The transport. */
  public Transport transport() {
    return transport;
  }

  /** Extra environment variables. */
  public Map<String, String> environment() {
    return environment;
  }

  /**
   * The command line of the child JVM. Without {@link #withClassPath} or {@link #withModulePath} it
   * finds the renderer as this JVM finds its own classes: a main class in a named module of this
   * JVM (a modular application, or a jlink image) is launched as that module, any other from this
   * JVM's class path; a module linked into this JVM's runtime image needs no module path.
   *
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
