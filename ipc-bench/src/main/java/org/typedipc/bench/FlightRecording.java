package org.typedipc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;

/**
 * A flight recording with the JDK's default settings, typed-ipc's events on or off, for measuring
 * what recording costs; closing it stops it and deletes what it wrote.
 */
final class FlightRecording implements AutoCloseable {
  /** What a process records while a benchmark row runs. */
  enum State {
    /** No recording at all. */
    NONE,
    /** The JDK's default settings, typed-ipc's events off. */
    DEFAULT,
    /** The JDK's default settings and every typed-ipc event on, whatever its duration. */
    EVENTS
  }

  private static final String[] EVENTS = {
    "typedipc.Invoke", "typedipc.Message", "typedipc.SendSync", "typedipc.Handshake",
    "typedipc.RendererGone", "typedipc.ProtocolError", "typedipc.BackPressure"};

  private final Recording recording;
  private final Path file;

  private FlightRecording(Recording recording, Path file) {
    this.recording = recording;
    this.file = file;
  }

  /** Starts a recording in {@code state}, or returns null for {@link State#NONE}. */
  static FlightRecording start(State state) throws IOException, ParseException {
    if (state == State.NONE) {
      return null;
    }
    // The default settings leave events they do not name on, so typed-ipc's are turned off explicitly.
    Recording recording = new Recording(Configuration.getConfiguration("default"));
    for (String event : EVENTS) {
      if (state == State.EVENTS) {
        recording.enable(event).withThreshold(Duration.ZERO);
      } else {
        recording.disable(event);
      }
    }
    recording.start();
    return new FlightRecording(recording, Files.createTempFile("typed-ipc-bench", ".jfr"));
  }

  /** Stops the recording and counts its typed-ipc events. */
  long typedIpcEvents() throws IOException {
    recording.stop();
    recording.dump(file);
    long count = 0;
    try (RecordingFile events = new RecordingFile(file)) {
      while (events.hasMoreEvents()) {
        if (events.readEvent().getEventType().getName().startsWith("typedipc.")) {
          count++;
        }
      }
    }
    return count;
  }

  @Override
  public void close() {
    recording.close();
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
