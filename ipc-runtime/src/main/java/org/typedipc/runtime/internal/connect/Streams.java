package org.typedipc.runtime.internal.connect;

import java.io.Closeable;
import java.io.IOException;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;

/** Closing what a failed handshake leaves behind, where nothing more can be done about a failure. */
final class Streams {
  private static final System.Logger LOG = Loggers.WIRE;

  private Streams() {}

  static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, ErrorMessages.closingFailedLog(e));
    }
  }
}
