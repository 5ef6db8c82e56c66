package org.typedipc.samples.typed;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
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

  public static void main(String[] args) throws Exception {
    // Declaring the contracts lets a renderer in another process be refused at connect if it was
    // compiled against a different version of them.
    IpcMainOptions options = IpcMainOptions.defaults().withContracts(NotesIpc.DESCRIPTOR, NoteEventsIpc.DESCRIPTOR);
    try (IpcMain ipcMain = IpcMain.create(options)) {
      // In main: one call registers every channel of the contract.
      Registration served = NotesIpc.register(ipcMain, new NotesService(System.out::println));

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
