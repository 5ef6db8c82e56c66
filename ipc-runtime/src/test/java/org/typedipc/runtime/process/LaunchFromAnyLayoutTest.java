package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererLaunch;

/**
 * A main application launches its renderers by itself however it is laid out: from a jlink image
 * (its modules in the image, no module path at all), from a module path, and from a class path.
 * The application is a tiny named module compiled here; its main launches a worker by main class
 * and by module, each of which invokes main and reports the answer, and two launches that cannot
 * work; it prints one line per launch. A launch that fails fails its future with a message that
 * says what to do.
 */
@Timeout(300)
class LaunchFromAnyLayoutTest {
  private static final String MODULE = "demo.worker";
  private static final Map<String, String> SOURCES = Map.of(
      "module-info.java", "module demo.worker { requires org.typedipc.runtime; }",
      "demo/worker/Worker.java", """
          package demo.worker;

          import java.util.concurrent.TimeUnit;
          import org.typedipc.runtime.RendererConnection;
          import org.typedipc.runtime.RendererProcess;

          public final class Worker {
            public static void main(String[] args) throws Exception {
              RendererConnection connection = RendererProcess.connect();
              Object answer = connection.ipcRenderer().invoke("echo", args[0]).get(60, TimeUnit.SECONDS);
              connection.ipcRenderer().send("answered", answer);
              connection.whenClosed().toCompletableFuture().join();
            }
          }
          """,
      "demo/worker/Host.java", """
          package demo.worker;

          import java.util.List;
          import java.util.concurrent.CompletableFuture;
          import java.util.concurrent.ExecutionException;
          import java.util.concurrent.TimeUnit;
          import org.typedipc.runtime.IpcMain;
          import org.typedipc.runtime.RendererLaunch;

          public final class Host {
            public static void main(String[] args) throws Exception {
              try (IpcMain main = IpcMain.create()) {
                main.handle("echo", (event, values) -> "echo:" + values[0]);
                for (RendererLaunch launch : List.of(
                    RendererLaunch.mainClass(Worker.class.getName()).withArgs("by-main-class"),
                    RendererLaunch.module("demo.worker", Worker.class.getName()).withArgs("by-module"),
                    RendererLaunch.mainClass("nowhere.Missing"),
                    RendererLaunch.module("no.such.module", "nowhere.Missing"))) {
                  CompletableFuture<Object> answered = new CompletableFuture<>();
                  main.once("answered", (event, values) -> answered.complete(values[0]));
                  try {
                    main.launch(launch).get(60, TimeUnit.SECONDS);
                    System.out.println("answered " + answered.get(60, TimeUnit.SECONDS));
                  } catch (ExecutionException e) {
                    System.out.println("failed " + String.join(" ", e.getCause().getMessage().lines().toList()));
                  }
                }
              }
            }
          }
          """);

  @TempDir static Path work;
  private static Path runtimeClasses;
  private static Path demoClasses;

  @BeforeAll
  static void compileTheDemoModule() throws Exception {
    runtimeClasses = runtimeClasses();
    demoClasses = Files.createDirectories(work.resolve("demo-classes"));
    List<String> arguments = new ArrayList<>(List.of("-proc:none", "--module-path", runtimeClasses.toString(), "-d", demoClasses.toString()));
    for (Map.Entry<String, String> source : SOURCES.entrySet()) {
      Path file = work.resolve("demo-src").resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      arguments.add(file.toString());
    }
    assertEquals(0, runTool("javac", arguments));
  }

  /** Runs a JDK tool in this JVM; its output goes into the assertion message, not the build. */
  private static int runTool(String name, List<String> arguments) {
    StringWriter output = new StringWriter();
    PrintWriter writer = new PrintWriter(output);
    int code = ToolProvider.findFirst(name).orElseThrow(() -> new AssertionError("tests need a JDK with " + name))
        .run(writer, writer, arguments.toArray(String[]::new));
    assertEquals(0, code, output.toString());
    return code;
  }

  /** ipc-runtime's own compiled module: an exploded module directory. */
  private static Path runtimeClasses() throws URISyntaxException {
    Path classes = Path.of(IpcMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(Files.exists(classes.resolve("module-info.class")), classes + " holds no compiled module");
    return classes;
  }

  @Test
  void aMainInAJlinkImageLaunchesRenderersFromTheImage() throws Exception {
    // JDKs from 24 on may ship without jmods and link the JDK's modules from their own run-time image.
    Path jmods = Path.of(System.getProperty("java.home"), "jmods");
    List<String> modulePath = new ArrayList<>(List.of(runtimeClasses.toString(), demoClasses.toString()));
    if (Files.isDirectory(jmods)) {
      modulePath.add(0, jmods.toString());
    }
    Path image = work.resolve("image");
    runTool("jlink", List.of(
        "--module-path", String.join(File.pathSeparator, modulePath),
        "--add-modules", MODULE, "--output", image.toString(),
        "--strip-debug", "--no-header-files", "--no-man-pages"));
    List<String> lines = runHost(List.of(image.resolve("bin").resolve("java").toString(), "-m", MODULE + "/demo.worker.Host"));
    assertLaunchedBothWays(lines);
    assertTrue(lines.get(2).startsWith("failed Cannot find the renderer's main class nowhere.Missing"), lines.get(2));
    assertTrue(lines.get(3).startsWith("failed Cannot give the renderer its module no.such.module"), lines.get(3));
    assertTrue(lines.get(3).contains("jlink --add-modules no.such.module"), lines.get(3));
  }

  @Test
  void aMainOnAModulePathLaunchesRenderersOnIt() throws Exception {
    List<String> lines = runHost(List.of(javaOfThisJdk(), "--module-path",
        runtimeClasses + File.pathSeparator + demoClasses, "-m", MODULE + "/demo.worker.Host"));
    assertLaunchedBothWays(lines);
    assertTrue(lines.get(2).startsWith("failed Cannot find the renderer's main class nowhere.Missing"), lines.get(2));
    // The module path is passed on, so the child's JVM itself reports the missing module, on the
    // standard output that is the protocol stream.
    assertTrue(lines.get(3).contains("exited with code 1"), lines.get(3));
    assertTrue(lines.get(3).contains("Error occurred d"), lines.get(3));
  }

  @Test
  void aMainOnAClassPathLaunchesRenderersOnIt() throws Exception {
    List<String> lines = runHost(List.of(javaOfThisJdk(), "-cp",
        runtimeClasses + File.pathSeparator + demoClasses, "demo.worker.Host"));
    assertEquals(4, lines.size(), String.join("\n", lines));
    assertEquals("answered echo:by-main-class", lines.get(0));
    // A module launch needs a module: a class-path application has none to give.
    assertTrue(lines.get(1).startsWith("failed Cannot give the renderer its module demo.worker"), lines.get(1));
    assertTrue(lines.get(2).startsWith("failed Cannot find the renderer's main class nowhere.Missing"), lines.get(2));
    assertTrue(lines.get(3).startsWith("failed Cannot give the renderer its module no.such.module"), lines.get(3));
  }

  @Test
  void aMainClassThisJvmCannotFindFailsTheLaunchWithoutStartingAProcess() {
    RendererLaunch launch = RendererLaunch.mainClass("nowhere.Missing");
    IllegalStateException thrown = assertThrows(IllegalStateException.class, launch::command);
    assertTrue(thrown.getMessage().contains("withClassPath"), thrown.getMessage());
    try (IpcMain main = IpcMain.create()) {
      ExecutionException failed = assertThrows(ExecutionException.class, () -> main.launch(launch).get(30, TimeUnit.SECONDS));
      assertEquals(thrown.getMessage(), failed.getCause().getMessage());
      assertTrue(ProcessHandle.current().children().noneMatch(child -> child.info().commandLine().orElse("").contains("nowhere.Missing")));
    }
  }

  private static void assertLaunchedBothWays(List<String> lines) {
    assertEquals(4, lines.size(), String.join("\n", lines));
    assertEquals("answered echo:by-main-class", lines.get(0));
    assertEquals("answered echo:by-module", lines.get(1));
  }

  private static String javaOfThisJdk() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Runs the demo's main to its end; its output lines, its standard error kept out of the build. */
  private static List<String> runHost(List<String> command) throws Exception {
    Path out = Files.createTempFile(work, "host", ".out");
    Path err = Files.createTempFile(work, "host", ".err");
    Process host = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      boolean ended = host.waitFor(180, TimeUnit.SECONDS);
      assertTrue(ended, "the demo main did not end; its standard error:\n" + Files.readString(err));
      assertEquals(0, host.exitValue(), Files.readString(out) + Files.readString(err));
      return Files.readAllLines(out);
    } finally {
      host.destroyForcibly();
    }
  }
}
