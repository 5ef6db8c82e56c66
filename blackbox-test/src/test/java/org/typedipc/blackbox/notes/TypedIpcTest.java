package org.typedipc.blackbox.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.api.ChannelDescriptor;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainInvokeEvent;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.Registration;
import org.typedipc.samples.typed.Notes;
import org.typedipc.samples.typed.Note;
import org.typedipc.samples.typed.LogLevel;
import org.typedipc.samples.typed.NotesIpc;
import org.typedipc.samples.typed.NoteEventsIpc;
import org.typedipc.samples.typed.NotesService;
import org.typedipc.blackbox.roundtrip.Everything;
import org.typedipc.blackbox.roundtrip.EverythingIpc;

/** The generated companions driving the runtime in-process, as an application uses them. */
@Timeout(value = 30, threadMode = SEPARATE_THREAD)
class TypedIpcTest {
  private static final Note NOTE =
      new Note(UUID.fromString("00000000-0000-0000-0000-000000000001"), "Ünïcødé 𝄞", "", Set.of(), Instant.EPOCH);

  private IpcMain ipcMain;
  private EmbeddedRenderer renderer;
  private Notes notes;

  @BeforeEach
  void start() {
    ipcMain = IpcMain.create();
    renderer = ipcMain.embedRenderer();
    notes = NotesIpc.renderer(renderer.ipcRenderer());
  }

  @AfterEach
  void stop() {
    ipcMain.close();
  }

  private static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void invokeReachesATypedHandlerAndReturnsItsRecord() throws Exception {
    NotesIpc.main(ipcMain).handleGet((event, id) -> id.equals(NOTE.id()) ? NOTE : null);
    assertEquals(NOTE, await(notes.get(NOTE.id())));
    assertNull(await(notes.get(UUID.randomUUID())));
  }

  @Test
  void invokeHandlerMayAnswerWithACompletionStage() throws Exception {
    NotesIpc.main(ipcMain).handleCreateAsync((event, title, body, tags) ->
        CompletableFuture.supplyAsync(() -> new Note(NOTE.id(), title, body, tags, NOTE.created())));
    assertEquals(new Note(NOTE.id(), "t", "b", Set.of("x"), NOTE.created()), await(notes.create("t", "b", Set.of("x"))));
  }

  @Test
  void nullArgumentsAndResultsCrossTheWire() throws Exception {
    NotesIpc.main(ipcMain).handleCreate((event, title, body, tags) -> new Note(null, title, body, tags, null));
    assertEquals(new Note(null, null, null, null, null), await(notes.create(null, null, null)));
  }

  @Test
  void handleOnceAnswersOneInvokeThenNoHandlerRemains() throws Exception {
    NotesIpc.main(ipcMain).handleOnceGet((event, id) -> NOTE);
    assertEquals(NOTE, await(notes.get(NOTE.id())));
    ExecutionException failure = assertThrows(ExecutionException.class, () -> await(notes.get(NOTE.id())));
    assertInstanceOf(IpcNoHandlerException.class, failure.getCause());
    assertEquals("Error invoking remote method 'notes:get': No handler registered for 'notes:get'", failure.getCause().getMessage());
  }

  @Test
  void secondHandlerOnOneScopeFailsWithElectronText() {
    NotesIpc.Registrar registrar = NotesIpc.main(ipcMain);
    registrar.handleGet((event, id) -> NOTE);
    IllegalStateException failure = assertThrows(IllegalStateException.class, () -> registrar.handleGet((event, id) -> null));
    assertEquals("Attempted to register a second handler for 'notes:get'", failure.getMessage());
  }

  @Test
  void removeHandlerByNameAndRegistrationCloseRemoveTheHandler() {
    NotesIpc.Registrar registrar = NotesIpc.main(ipcMain);
    registrar.handleGet((event, id) -> NOTE);
    ipcMain.removeHandler(NotesIpc.GET);
    assertFalse(ipcMain.hasHandler(NotesIpc.GET));
    Registration registration = registrar.handleGet((event, id) -> NOTE);
    registration.close();
    assertFalse(ipcMain.hasHandler(NotesIpc.GET));
  }

  @Test
  void handlerFailureReachesTheRendererWithElectronText() {
    NotesIpc.main(ipcMain).handleGet((event, id) -> {
      throw new IllegalStateException("disk on fire");
    });
    ExecutionException failure = assertThrows(ExecutionException.class, () -> await(notes.get(NOTE.id())));
    assertInstanceOf(IpcRemoteException.class, failure.getCause());
    assertTrue(failure.getCause().getMessage().startsWith("Error invoking remote method 'notes:get': "), failure.getCause().getMessage());
  }

  @Test
  void sendReachesTypedListenersInOrderAndClosingARegistrationRemovesOne() throws Exception {
    LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
    NotesIpc.Registrar registrar = NotesIpc.main(ipcMain);
    NotesIpc.LogListener first = (event, level, message) -> heard.add("first " + level + " " + message);
    Registration firstRegistration = registrar.onLog(first);
    registrar.onLog((event, level, message) -> heard.add("second " + level + " " + message));
    notes.log(LogLevel.WARN, "hi");
    assertEquals("first WARN hi", heard.poll(10, TimeUnit.SECONDS));
    assertEquals("second WARN hi", heard.poll(10, TimeUnit.SECONDS));
    firstRegistration.close();
    notes.log(null, "again");
    assertEquals("second null again", heard.poll(10, TimeUnit.SECONDS));
    ipcMain.removeAllListeners(NotesIpc.LOG);
    assertEquals(0, ipcMain.listenerCount(NotesIpc.LOG));
  }

  @Test
  void onceListenerRunsForTheFirstMessageOnly() throws Exception {
    LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
    NotesIpc.main(ipcMain).onceLog((event, level, message) -> heard.add(message));
    notes.log(LogLevel.INFO, "one");
    notes.log(LogLevel.INFO, "two");
    assertEquals("one", heard.poll(10, TimeUnit.SECONDS));
    assertNull(heard.poll(200, TimeUnit.MILLISECONDS));
  }

  @Test
  void sendSyncReturnsTheTypedValueOfTheListener() {
    NotesIpc.main(ipcMain).onCount(event -> 42);
    assertEquals(42, notes.count());
  }

  @Test
  void wholeImplementationRegistersEveryChannelAndCloseRemovesThemAll() throws Exception {
    Registration registration = NotesIpc.register(ipcMain, new NotesService(line -> { }));
    Note created = await(notes.create("a", "b", Set.of()));
    assertEquals(created, await(notes.get(created.id())));
    assertEquals(1, notes.count());
    registration.close();
    assertFalse(ipcMain.hasHandler(NotesIpc.CREATE));
    assertFalse(ipcMain.hasHandler(NotesIpc.GET));
    assertEquals(0, ipcMain.listenerCount(NotesIpc.LOG));
    assertEquals(0, ipcMain.listenerCount(NotesIpc.COUNT));
  }

  @Test
  void wholeImplementationThatCannotRegisterLeavesNothingBehind() {
    NotesIpc.main(ipcMain).handleGet((event, id) -> NOTE);
    assertThrows(IllegalStateException.class, () -> NotesIpc.register(ipcMain, new NotesService(line -> { })));
    assertFalse(ipcMain.hasHandler(NotesIpc.CREATE));
    assertEquals(0, ipcMain.listenerCount(NotesIpc.LOG));
  }

  @Test
  void rendererScopeServesOnlyItsOwnRenderer() throws Exception {
    EmbeddedRenderer other = ipcMain.embedRenderer();
    NotesIpc.main(renderer.renderer().ipc()).handleGet((event, id) -> NOTE);
    assertEquals(NOTE, await(notes.get(NOTE.id())));
    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> await(NotesIpc.renderer(other.ipcRenderer()).get(NOTE.id())));
    assertInstanceOf(IpcNoHandlerException.class, failure.getCause());
  }

  @Test
  void eventsReachTheMainFrameASubframeAndTheSendingFrame() throws Exception {
    LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
    IpcRenderer subframe = renderer.openFrame(renderer.ipcRenderer());
    NoteEventsIpc.renderer(renderer.ipcRenderer()).onProgress((event, task, percent) -> heard.add("main frame " + task + " " + percent));
    NoteEventsIpc.renderer(subframe).onProgress((event, task, percent) -> heard.add("subframe " + task + " " + percent));

    NoteEventsIpc.to(renderer.renderer()).progress("to renderer", 1);
    assertEquals("main frame to renderer 1", heard.poll(10, TimeUnit.SECONDS));

    NoteEventsIpc.to(renderer.renderer().frame(subframe.frameId()).orElseThrow()).progress("to frame", 2);
    assertEquals("subframe to frame 2", heard.poll(10, TimeUnit.SECONDS));

    NotesIpc.main(ipcMain).onLog((IpcMainEvent event, LogLevel level, String message) ->
        NoteEventsIpc.replyTo(event).progress(message, 3));
    NotesIpc.renderer(subframe).log(LogLevel.INFO, "reply");
    assertEquals("subframe reply 3", heard.poll(10, TimeUnit.SECONDS));
    assertNull(heard.poll(200, TimeUnit.MILLISECONDS));
  }

  @Test
  void rendererSideOnceAndRegisterAndClose() throws Exception {
    LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
    NoteEventsIpc.Registrar events = NoteEventsIpc.renderer(renderer.ipcRenderer());
    events.onceCreated((event, note) -> heard.add("once " + note.title()));
    Registration all = NoteEventsIpc.register(renderer.ipcRenderer(), new NoteEventsIpc.Handler() {
      @Override
      public void created(org.typedipc.runtime.IpcRendererEvent event, Note note) {
        heard.add("handler " + note.title() + " on " + event.channel());
      }

      @Override
      public void progress(org.typedipc.runtime.IpcRendererEvent event, String task, int percent) {
        heard.add("handler progress " + percent);
      }
    });
    NoteEventsIpc.to(renderer.renderer()).created(NOTE);
    NoteEventsIpc.to(renderer.renderer()).created(NOTE);
    List<String> got = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      got.add(heard.poll(10, TimeUnit.SECONDS));
    }
    assertEquals(List.of("once " + NOTE.title(), "handler " + NOTE.title() + " on notes:created", "handler " + NOTE.title() + " on notes:created"), got);
    all.close();
    NoteEventsIpc.to(renderer.renderer()).progress("x", 9);
    assertNull(heard.poll(200, TimeUnit.MILLISECONDS));
  }

  @Test
  void valueNestedBeyondTheLimitFailsAtTheCallWithAClearError() {
    EverythingIpc.main(ipcMain).handleTree((IpcMainInvokeEvent event, Everything.Tree tree) -> tree);
    Everything everything = EverythingIpc.renderer(renderer.ipcRenderer());
    IpcValueException failure = assertThrows(IpcValueException.class,
        () -> everything.tree(chain(40)));
    assertTrue(failure.getMessage().contains("64"), failure.getMessage());
  }

  private static Everything.Tree chain(int depth) {
    Everything.Tree tree = new Everything.Tree("leaf", List.of());
    for (int i = 1; i < depth; i++) {
      tree = new Everything.Tree("level " + i, List.of(tree));
    }
    return tree;
  }

  @Test
  void channelsCarryTheirSignatureAndItsSha256() throws Exception {
    ChannelDescriptor get = NotesIpc.CHANNELS.get(1);
    assertEquals("notes:get", get.name());
    assertEquals("INVOKE", get.kind());
    assertEquals("INVOKE notes:get(java.util.UUID)->org.typedipc.samples.typed.Note;org.typedipc.samples.typed.Note="
        + "record(id:java.util.UUID,title:java.lang.String,body:java.lang.String,tags:java.util.Set<java.lang.String>,"
        + "created:java.time.Instant)", get.signature());
    assertEquals(sha256(get.signature()), get.fingerprint());
    assertEquals(List.of("notes:create", "notes:get", "notes:log", "notes:count"),
        NotesIpc.CHANNELS.stream().map(ChannelDescriptor::name).toList());
  }

  @Test
  void contractDescriptorFingerprintCoversEveryChannelSignature() throws Exception {
    StringBuilder signatures = new StringBuilder();
    NotesIpc.CHANNELS.forEach(channel -> signatures.append(channel.signature()).append('\n'));
    assertEquals("org.typedipc.samples.typed.Notes", NotesIpc.DESCRIPTOR.name());
    assertEquals(sha256(signatures.toString()), NotesIpc.DESCRIPTOR.fingerprint());
  }

  private static String sha256(String text) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder();
    for (byte b : digest) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }
}
