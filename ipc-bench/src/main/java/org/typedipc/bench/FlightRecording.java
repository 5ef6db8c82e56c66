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
 * A flight recording with the JDK's default settings and every typed-ipc event on, for measuring
 * what recording costs; closing it stops it and deletes what it wrote.
 */
final class FlightRecording implements AutoCloseable {
  private static final String[] EVENTS = {
    "typedipc.Invoke", "typedipc.Message", "typedipc.SendSync", "typedipc.Handshake",
    "typedipc.RendererGone", "typedipc.ProtocolError", "typedipc.BackPressure"};

  private final Recording recording;
  private final Path file;

  private FlightRecording(Recording recording, Path file) {
    this.recording = recording;
    this.file = file;
  }

  static FlightRecording start() throws IOException, ParseException {
    Recording recording = new Recording(Configuration.getConfiguration("default"));
    for (String event : EVENTS) {
      recording.enable(event).withThreshold(Duration.ZERO);
    }
    recording.start();
    return new FlightRecording(recording, Files.createTempFile("typed-ipc-bench", ".jfr"));
  }

  /** Stops the recording and counts its typed-ipc events. */
  long typedIpcEvents() throws IOException {
    recording.stop();
    recording.dump(file);
    return RecordingFile.readAllEvents(file).stream().filter(e -> e.getEventType().getName().startsWith("typedipc.")).count();
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
