package org.typedipc.runtime.internal.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcWarning;

/** An expected failure is one line in the log; its stack trace appears at DEBUG only. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class WarningsTest {
  private static final IllegalStateException BOOM = new IllegalStateException("boom");
  private static final IpcWarning FAILED_HANDLER =
      new IpcWarning(IpcWarning.Kind.HANDLER_FAILED, "ch", 1, "Error occurred in handler for 'ch':", BOOM);

  @Test
  void anExpectedFailureIsOneLineWithoutATraceAtWarning() {
    RecordingLogger logger = new RecordingLogger(System.Logger.Level.INFO);
    new Warnings(logger, null).expected(System.Logger.Level.WARNING, FAILED_HANDLER);
    assertEquals(1, logger.records.size(), logger.records::toString);
    Entry entry = logger.records.get(0);
    assertEquals(System.Logger.Level.WARNING, entry.level);
    assertEquals("Error occurred in handler for 'ch': java.lang.IllegalStateException: boom", entry.message);
    assertNull(entry.thrown);
  }

  @Test
  void atDebugTheStackTraceFollows() {
    RecordingLogger logger = new RecordingLogger(System.Logger.Level.DEBUG);
    new Warnings(logger, null).expected(System.Logger.Level.WARNING, FAILED_HANDLER);
    assertEquals(2, logger.records.size(), logger.records::toString);
    assertNull(logger.records.get(0).thrown);
    assertEquals(System.Logger.Level.DEBUG, logger.records.get(1).level);
    assertSame(BOOM, logger.records.get(1).thrown);
  }

  @Test
  void aListenerFailureIsAnErrorWithItsTrace() {
    RecordingLogger logger = new RecordingLogger(System.Logger.Level.INFO);
    IpcWarning listenerFailed = new IpcWarning(IpcWarning.Kind.LISTENER_FAILED, "ch", 1, "listener failed", BOOM);
    new Warnings(logger, null).failure(listenerFailed);
    assertEquals(List.of(new Entry(System.Logger.Level.ERROR, "listener failed", BOOM)), logger.records);
  }

  @Test
  void aSinkTakesTheWarningsInsteadOfTheLogger() {
    RecordingLogger logger = new RecordingLogger(System.Logger.Level.DEBUG);
    List<IpcWarning> sink = new ArrayList<>();
    Warnings warnings = new Warnings(logger, sink::add);
    warnings.expected(System.Logger.Level.WARNING, FAILED_HANDLER);
    assertEquals(List.of(FAILED_HANDLER), sink);
    assertEquals(List.of(), logger.records);
  }

  @Test
  void aSinkThatThrowsIsLoggedAsAnError() {
    RecordingLogger logger = new RecordingLogger(System.Logger.Level.INFO);
    IllegalArgumentException sinkBug = new IllegalArgumentException("sink bug");
    new Warnings(logger, warning -> {
      throw sinkBug;
    }).expected(System.Logger.Level.WARNING, FAILED_HANDLER);
    assertEquals(1, logger.records.size(), logger.records::toString);
    assertEquals(System.Logger.Level.ERROR, logger.records.get(0).level);
    assertSame(sinkBug, logger.records.get(0).thrown);
  }

  private record Entry(System.Logger.Level level, String message, Throwable thrown) {}

  /** Records what is logged at {@code threshold} or above. */
  private static final class RecordingLogger implements System.Logger {
    final List<Entry> records = new ArrayList<>();
    private final Level threshold;

    RecordingLogger(Level threshold) {
      this.threshold = threshold;
    }

    @Override
    public String getName() {
      return "recording";
    }

    @Override
    public boolean isLoggable(Level level) {
      return level.getSeverity() >= threshold.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      if (isLoggable(level)) {
        records.add(new Entry(level, msg, thrown));
      }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      if (isLoggable(level)) {
        records.add(new Entry(level, format, null));
      }
    }
  }
}
