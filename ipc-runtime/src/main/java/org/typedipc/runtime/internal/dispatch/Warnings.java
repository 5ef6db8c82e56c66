package org.typedipc.runtime.internal.dispatch;

import java.util.function.Consumer;
import org.typedipc.runtime.IpcWarning;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * Where one side's warnings go: to the user's consumer when it gave one, otherwise to its area's
 * logger. Expected failures (a handler's exception, a renderer gone) make one line; their stack
 * trace is logged at DEBUG only, since the failure's owner already got the error.
 */
public final class Warnings {
  private final System.Logger logger;
  private final Consumer<IpcWarning> sink;

  /** Reports to {@code sink}, or to {@code logger} when {@code sink} is {@code null}. */
  public Warnings(System.Logger logger, Consumer<IpcWarning> sink) {
    this.logger = logger;
    this.sink = sink;
  }

  /** Reports an expected failure: one line at {@code level}, a stack trace at DEBUG only. */
  public void expected(System.Logger.Level level, IpcWarning warning) {
    if (sink != null) {
      toSink(warning);
      return;
    }
    Throwable cause = warning.cause();
    logger.log(level, cause == null ? warning.message() : warning.message() + " " + cause);
    if (cause != null && logger.isLoggable(System.Logger.Level.DEBUG)) {
      logger.log(System.Logger.Level.DEBUG, warning.message(), cause);
    }
  }

  /** Reports a failure nobody else will see, such as a listener's bug: at ERROR, with its trace. */
  public void failure(IpcWarning warning) {
    if (sink != null) {
      toSink(warning);
    } else {
      logger.log(System.Logger.Level.ERROR, warning.message(), warning.cause());
    }
  }

  private void toSink(IpcWarning warning) {
    try {
      sink.accept(warning);
    } catch (RuntimeException e) {
      logger.log(System.Logger.Level.ERROR, ErrorMessages.warningSinkFailedLog(warning.message()), e);
    }
  }
}
