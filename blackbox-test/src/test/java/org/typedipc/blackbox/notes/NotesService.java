package org.typedipc.blackbox.notes;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainInvokeEvent;

/** Main's side of {@link Notes}: notes in memory, served as one generated {@code NotesIpc.Handler}. */
final class NotesService implements NotesIpc.Handler {
  private final Map<UUID, Note> notes = new ConcurrentHashMap<>();

  @Override
  public CompletionStage<Note> create(IpcMainInvokeEvent event, String title, String body, Set<String> tags) {
    Note note = new Note(UUID.randomUUID(), title, body, tags, Instant.now());
    notes.put(note.id(), note);
    NoteEventsIpc.to(event.senderFrame()).progress("create", 100);
    NoteEventsIpc.to(event.sender()).created(note);
    return CompletableFuture.completedFuture(note);
  }

  @Override
  public CompletionStage<Note> get(IpcMainInvokeEvent event, UUID id) {
    return CompletableFuture.completedFuture(notes.get(id));
  }

  @Override
  public void log(IpcMainEvent event, LogLevel level, String message) {
    // Logged nowhere: a test prints nothing.
  }

  @Override
  public int count(IpcMainEvent event) {
    return notes.size();
  }
}
