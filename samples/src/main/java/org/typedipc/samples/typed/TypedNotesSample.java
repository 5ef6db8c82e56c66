package org.typedipc.samples.typed;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainInvokeEvent;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.Registration;

/**
 * The typed quick start: main serves {@link Notes} with one handler object and tells renderers
 * about new notes through {@link NoteEvents}; an embedded renderer calls main through the
 * generated proxy. Every call is checked by the compiler: a wrong channel name, argument or result
 * type does not compile.
 */
public final class TypedNotesSample {
  private TypedNotesSample() {}

  /** Main's side: notes in memory, served through the generated {@code NotesIpc.Handler}. */
  static final class NotesService implements NotesIpc.Handler {
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
      System.out.println("main log [" + level + "] from renderer #" + event.sender().id() + ": " + message);
    }

    @Override
    public int count(IpcMainEvent event) {
      return notes.size();
    }
  }

  public static void main(String[] args) throws Exception {
    // Declaring the contracts lets a renderer in another process be refused at connect if it was
    // compiled against a different version of them.
    IpcMainOptions options = IpcMainOptions.defaults().withContracts(NotesIpc.DESCRIPTOR, NoteEventsIpc.DESCRIPTOR);
    try (IpcMain ipcMain = IpcMain.create(options)) {
      // In main: one call registers every channel of the contract.
      Registration served = NotesIpc.register(ipcMain, new NotesService());

      // In a renderer: a typed proxy and typed event listeners.
      EmbeddedRenderer renderer = ipcMain.embedRenderer();
      Notes notes = NotesIpc.renderer(renderer.ipcRenderer());
      CountDownLatch created = new CountDownLatch(1);
      NoteEventsIpc.Registrar events = NoteEventsIpc.renderer(renderer.ipcRenderer());
      events.onCreated((event, note) -> {
        System.out.println("renderer heard notes:created: " + note.title());
        created.countDown();
      });
      events.onProgress((event, task, percent) -> System.out.println("renderer heard progress " + task + " " + percent + "%"));

      Note note = notes.create("Groceries", "milk, bread", Set.of("home")).get(10, TimeUnit.SECONDS);
      System.out.println("renderer created " + note.title() + " with id " + note.id());
      System.out.println("renderer read back " + notes.get(note.id()).get(10, TimeUnit.SECONDS));
      notes.log(LogLevel.INFO, "created one note");
      System.out.println("renderer counts " + notes.count() + " note(s)");
      if (!created.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("no notes:created event within 10 s");
      }

      served.close();
      System.out.println("after close, main has a handler for notes:get: " + ipcMain.hasHandler(NotesIpc.GET));
      System.out.println("contract " + NotesIpc.DESCRIPTOR.name() + " has fingerprint " + NotesIpc.DESCRIPTOR.fingerprint());
      renderer.close();
    }
  }
}
