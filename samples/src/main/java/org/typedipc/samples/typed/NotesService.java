package org.typedipc.samples.typed;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainInvokeEvent;

/** Main's side of {@link Notes}: notes in memory, served through the generated {@code NotesIpc.Handler}. */
public final class NotesService implements NotesIpc.Handler {
  private final Map<UUID, Note> notes = new ConcurrentHashMap<>();
  private final Consumer<String> log;

  /** Writes what renderers log to {@code log}. */
  public NotesService(Consumer<String> log) {
    this.log = Objects.requireNonNull(log, "log");
  }

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
    log.accept("main log [" + level + "] from renderer #" + event.sender().id() + ": " + message);
  }

  @Override
  public int count(IpcMainEvent event) {
    return notes.size();
  }
}
