package org.typedipc.blackbox.conformance;

import java.util.concurrent.Flow;
import org.typedipc.api.IpcEvents;

/** Streams main opens and a renderer produces, for the typed stream conformance tests. */
@IpcEvents
public interface Scans {
  /**
   * The names of the files under {@code folder}, as the renderer finds them; fails with {@link
   * Denied} if it may not look there.
   */
  Flow.Publisher<String> files(String folder) throws Denied;

  class Denied extends Exception {
    private static final long serialVersionUID = 1L;

    private final String folder;

    public Denied(String folder) {
      super("may not read " + folder);
      this.folder = folder;
    }

    public String folder() {
      return folder;
    }
  }
}
