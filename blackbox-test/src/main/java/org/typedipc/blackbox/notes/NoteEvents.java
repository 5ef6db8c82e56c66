package org.typedipc.blackbox.notes;

import org.typedipc.api.Event;
import org.typedipc.api.IpcEvents;

/** What main tells renderers: the typed events behind {@code NoteEventsIpc}. */
@IpcEvents
public interface NoteEvents {
  /** A note was created, by any renderer. */
  @Event("notes:created")
  void created(Note note);

  /** Progress of main's work for the renderer that asked. */
  void progress(String task, int percent);
}
