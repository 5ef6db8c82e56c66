package org.typedipc.runtime.testing;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The runtime's log as the tests see it: a {@link System.LoggerFinder} registered as a service of
 * the test class path, so every {@link System.Logger} of the runtime reaches it without the
 * runtime requiring {@code java.logging}. Records from INFO up are printed to standard error, as the
 * JDK's default logging would; a test opens a {@link Capture} to see the records of its own run.
 *
 * <pre>{@code
 * try (CapturedLog.Capture log = CapturedLog.capture()) {
 *   ... provoke refusals ...
 *   assertTrue(log.count(r -> r.message().startsWith("Refused")) <= 11);
 * }
 * }</pre>
 */
public final class CapturedLog extends System.LoggerFinder {
  private static final List<Capture> CAPTURES = new CopyOnWriteArrayList<>();

  /** One record: the logger's name, level, formatted message and the throwable, if any. */
  public record Entry(String logger, System.Logger.Level level, String message, Throwable thrown) {}

  /** The records logged while it is open. */
  public static final class Capture implements AutoCloseable {
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    /** The records so far that {@code which} accepts. */
    public List<Entry> entries(Predicate<Entry> which) {
      List<Entry> matching = new ArrayList<>();
      for (Entry entry : entries) {
        if (which.test(entry)) {
          matching.add(entry);
        }
      }
      return matching;
    }

    /** How many records so far {@code which} accepts. */
    public int count(Predicate<Entry> which) {
      return entries(which).size();
    }

    @Override
    public void close() {
      CAPTURES.remove(this);
    }
  }

  /** Starts capturing; close the capture at the end of the test. */
  public static Capture capture() {
    if (!(System.LoggerFinder.getLoggerFinder() instanceof CapturedLog)) {
      throw new IllegalStateException("the test LoggerFinder is not installed: META-INF/services is missing from the class path");
    }
    Capture capture = new Capture();
    CAPTURES.add(capture);
    return capture;
  }

  @Override
  public System.Logger getLogger(String name, Module module) {
    return new Logger(name);
  }

  private static final class Logger implements System.Logger {
    private final String name;

    Logger(String name) {
      this.name = name;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isLoggable(Level level) {
      return level.getSeverity() >= Level.DEBUG.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
      record(level, message, thrown);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      record(level, params == null || params.length == 0 ? format : MessageFormat.format(format, params), null);
    }

    private void record(Level level, String message, Throwable thrown) {
      Entry entry = new Entry(name, level, message, thrown);
      for (Capture capture : CAPTURES) {
        capture.entries.add(entry);
      }
      if (level.getSeverity() >= Level.INFO.getSeverity()) {
        PrintStream err = System.err;
        err.println(level + " " + name + ": " + message);
        if (thrown != null) {
          thrown.printStackTrace(err);
        }
      }
    }
  }
}
