package org.typedipc.runtime.internal.connect;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;

/**
 * The last lines a launched renderer wrote to standard error, for the message when it dies before
 * connecting. Its output still goes where the launch said: main's standard error, through a pump
 * that remembers a bounded ring of lines, or a file the child appends to itself, whose end is read
 * back when needed.
 */
abstract class ErrorTail {
  static final int MAX_LINES = 20;
  static final int MAX_LINE_CHARS = 500;
  private static final System.Logger LOG = Loggers.LAUNCH;

  /** Sends the standard error of the process {@code builder} starts to {@code destination}. */
  static ErrorTail prepare(ProcessBuilder builder, ProcessBuilder.Redirect destination) {
    if (destination.type() == ProcessBuilder.Redirect.Type.APPEND) {
      builder.redirectError(destination);
      return new FileTail(destination.file());
    }
    builder.redirectError(ProcessBuilder.Redirect.PIPE);
    return new PumpedTail();
  }

  /** Called once the process started. */
  abstract void started(Process process);

  /** The last lines, after waiting briefly for the output of an exited process to be drained. */
  abstract List<String> lastLines();

  /** A line as it appears in a message: without its line end, and not too long. */
  static String shown(String line) {
    String trimmed = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    return trimmed.length() <= MAX_LINE_CHARS ? trimmed : trimmed.substring(0, MAX_LINE_CHARS) + "…";
  }

  /** Copies the child's standard error to main's, keeping the last lines. */
  private static final class PumpedTail extends ErrorTail {
    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private final CompletableFuture<Void> drained = new CompletableFuture<>();
    private byte[] line = new byte[256];
    private int lineLength;

    @Override
    void started(Process process) {
      Thread pump = new Thread(() -> pump(process.getErrorStream()), "typed-ipc-stderr-" + process.pid());
      pump.setDaemon(true);
      pump.start();
    }

    private void pump(InputStream from) {
      byte[] buffer = new byte[8192];
      try (from) {
        for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
          System.err.write(buffer, 0, n);
          System.err.flush();
          remember(buffer, n);
        }
      } catch (IOException e) {
        LOG.log(System.Logger.Level.DEBUG, ErrorMessages.closingFailedLog(e));
      } finally {
        endLine();
        drained.complete(null);
      }
    }

    private void remember(byte[] bytes, int count) {
      for (int i = 0; i < count; i++) {
        if (bytes[i] == '\n') {
          endLine();
        } else if (lineLength < MAX_LINE_CHARS * 4) {
          if (lineLength == line.length) {
            line = Arrays.copyOf(line, line.length * 2);
          }
          line[lineLength++] = bytes[i];
        }
      }
    }

    private void endLine() {
      if (lineLength == 0) {
        return;
      }
      String text = shown(new String(line, 0, lineLength, StandardCharsets.UTF_8));
      lineLength = 0;
      synchronized (lines) {
        if (lines.size() == MAX_LINES) {
          lines.removeFirst();
        }
        lines.addLast(text);
      }
    }

    @Override
    List<String> lastLines() {
      drained.completeOnTimeout(null, 2, TimeUnit.SECONDS).join();
      synchronized (lines) {
        return List.copyOf(lines);
      }
    }
  }

  /** Reads back the end of the file the child appends to, from where it started. */
  private static final class FileTail extends ErrorTail {
    private static final int MAX_BYTES = MAX_LINES * MAX_LINE_CHARS * 4;
    private final File file;
    private final long start;

    FileTail(File file) {
      this.file = file;
      // The child appends, so what it writes lies after the size the file has before it starts.
      this.start = file.length();
    }

    @Override
    void started(Process process) {}

    @Override
    List<String> lastLines() {
      try (RandomAccessFile in = new RandomAccessFile(file, "r")) {
        long from = Math.max(start, in.length() - MAX_BYTES);
        byte[] bytes = new byte[(int) (in.length() - from)];
        in.seek(from);
        in.readFully(bytes);
        List<String> all = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n")));
        if (from > start && !all.isEmpty()) {
          all.remove(0);
        }
        all.removeIf(String::isEmpty);
        List<String> last = all.subList(Math.max(0, all.size() - MAX_LINES), all.size());
        return last.stream().map(ErrorTail::shown).toList();
      } catch (IOException e) {
        return List.of();
      }
    }
  }
}
