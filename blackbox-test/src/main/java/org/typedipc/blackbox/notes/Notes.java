package org.typedipc.blackbox.notes;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.typedipc.api.Invoke;
import org.typedipc.api.IpcContract;
import org.typedipc.api.Send;
import org.typedipc.api.SendSync;

/** What a renderer asks of main: the typed contract behind {@code NotesIpc}. */
@IpcContract
public interface Notes {
  /** Stores a new note and answers it with its id. */
  @Invoke("notes:create")
  CompletableFuture<Note> create(String title, String body, Set<String> tags);

  /** Looks a note up; answers {@code null} if there is none. */
  @Invoke("notes:get")
  CompletableFuture<Note> get(UUID id);

  /** Logs a line in main, fire-and-forget. */
  @Send("notes:log")
  void log(LogLevel level, String message);

  /** How many notes main holds, answered synchronously. */
  @SendSync("notes:count")
  int count();
}
