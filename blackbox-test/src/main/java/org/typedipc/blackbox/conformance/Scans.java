package org.typedipc.blackbox.conformance;

import java.util.concurrent.Flow;
import org.typedipc.api.IpcEvents;

/** Streams main opens and a renderer produces, for the typed stream conformance tests. */
@IpcEvents
public interface Scans {
  /** The names of the files under {@code folder}, as the renderer finds them. */
  Flow.Publisher<String> files(String folder);
}
