package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.TransportKind;

/**
 * A process of another OS user cannot use main's Unix socket: the 0700 directory stops it, and
 * where that is loosened, the peer-credential check does. Runs where the test may start processes
 * as {@code nobody} (as root, with {@code runuser}); skipped elsewhere.
 */
@Timeout(60)
class OtherUserTest {
  private IpcMain main;
  private RendererAcceptor listener;
  private Path classes;

  @BeforeEach
  void setUp() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "needs to start processes as another user");
    assumeTrue(Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser")), "needs runuser");
    main = IpcMain.create();
    listener = main.listen(TransportKind.UNIX_SOCKET);
    classes = readableCopyOfTheClassPath();
  }

  @AfterEach
  void tearDown() throws IOException {
    if (listener != null) {
      listener.close();
    }
    if (main != null) {
      main.close();
    }
    if (classes != null) {
      try (Stream<Path> files = Files.walk(classes)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  @Test
  void anotherUserCannotEvenReachTheSocket() throws Exception {
    RendererInvitation invitation = listener.invite();
    Attempt attempt = attemptAsNobody(invitation);
    assertEquals(3, attempt.exit(), "the 0700 directory must refuse another user: " + attempt.output());
    assertTrue(main.renderers().isEmpty());
  }

  @Test
  void anotherUserIsRefusedByItsCredentialsWhenTheDirectoryIsOpen() throws Exception {
    RendererInvitation invitation = listener.invite();
    Path socket = Path.of(invitation.endpoint().address());
    Files.setPosixFilePermissions(socket.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
    Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rwxrwxrwx"));
    Attempt attempt = attemptAsNobody(invitation);
    assertTrue(attempt.exit() == 3 || attempt.exit() == 4,
        "the peer-credential check must refuse another user, exit " + attempt.exit() + ": " + attempt.output());
    assertTrue(main.renderers().isEmpty());
    assertTrue(!invitation.renderer().isDone(), "the invitation stays unused");
  }

  /** How a connect attempt ended, and what it printed (kept out of the build's output). */
  private record Attempt(int exit, String output) {}

  private Attempt attemptAsNobody(RendererInvitation invitation) throws Exception {
    List<String> command = new ArrayList<>(List.of("runuser", "-u", "nobody", "--",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classes.toString(),
        ConnectAttempt.class.getName(), invitation.endpoint().address(), HexFormat.of().formatHex(invitation.endpoint().secret())));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    return new Attempt(process.exitValue(), output);
  }

  /** The runtime's classes and these tests, in a directory another user may read. */
  private static Path readableCopyOfTheClassPath() throws IOException {
    Path copy = Files.createTempDirectory("tipc-classes", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path source = Path.of(entry);
      if (Files.isDirectory(source) && (source.endsWith("classes") || source.endsWith("test-classes"))) {
        try (Stream<Path> files = Files.walk(source)) {
          for (Path file : (Iterable<Path>) files::iterator) {
            Path target = copy.resolve(source.relativize(file).toString());
            if (Files.isDirectory(file)) {
              Files.createDirectories(target);
            } else if (!Files.exists(target)) {
              Files.copy(file, target);
            }
          }
        }
      }
    }
    try (Stream<Path> files = Files.walk(copy)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    return copy;
  }
}
