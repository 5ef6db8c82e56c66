package org.typedipc.runtime.internal.transport;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a process id, as this process sees it, names the process listening on a Unix socket, as
 * Linux's {@code /proc} says. Main names its own process id in the handshake; a renderer that met
 * main through a Unix socket shared between containers with separate process-id namespaces would
 * otherwise take an unrelated process of its own namespace for main.
 */
public final class UnixSocketOwner {
  /** {@code __SO_ACCEPTCON} in {@code /proc/net/unix}'s flags: a listening socket. */
  private static final String LISTENING = "00010000";

  private UnixSocketOwner() {}

  /**
   * True if process {@code pid} holds open a socket listening at {@code socket} (the path it was
   * bound to, made absolute); false when it does not, when the process is gone or not ours to
   * inspect, or where there is no {@code /proc}.
   */
  public static boolean listensAt(long pid, Path socket) {
    Path process = Path.of("/proc", Long.toString(pid));
    Set<String> listeners = listenersAt(process.resolve("net").resolve("unix"), socket.toAbsolutePath().normalize().toString());
    if (listeners.isEmpty()) {
      return false;
    }
    try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
      for (Path descriptor : descriptors) {
        if (listeners.contains(target(descriptor))) {
          return true;
        }
      }
    } catch (IOException | SecurityException notOurs) {
      return false;
    }
    return false;
  }

  /** The {@code socket:[inode]} names of the listening sockets bound at {@code path} in {@code table}. */
  private static Set<String> listenersAt(Path table, String path) {
    List<String> lines;
    try {
      lines = Files.readAllLines(table);
    } catch (IOException | SecurityException noTable) {
      return Set.of();
    }
    Set<String> inodes = new HashSet<>();
    for (String line : lines) {
      // Num RefCount Protocol Flags Type St Inode Path; the path itself may hold spaces.
      String[] fields = line.trim().split(" +", 8);
      if (fields.length == 8 && fields[3].equals(LISTENING) && fields[7].equals(path)) {
        inodes.add("socket:[" + fields[6] + "]");
      }
    }
    return inodes;
  }

  /** What descriptor {@code descriptor} links to, or "" if it closed meanwhile. */
  private static String target(Path descriptor) {
    try {
      return Files.readSymbolicLink(descriptor).toString();
    } catch (IOException | UnsupportedOperationException | SecurityException closed) {
      return "";
    }
  }
}
