package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.internal.protocol.Handshake;
import org.typedipc.runtime.internal.protocol.PacketReader;
import org.typedipc.runtime.internal.protocol.PacketWriter;

/**
 * Hostile peers against a main in its own OS process with a 64 MiB heap and default settings:
 * what they make main allocate, which connections they lock out, and what they leave behind.
 */
@Timeout(180)
class HostilePeersTest {
  private static final byte[] PREAMBLE = {0x54, 0x49, 0x50, 0x43, 0, 3};

  @TempDir
  Path temp;
  private Process mainProcess;
  private BufferedReader answers;
  private PrintWriter commands;

  @AfterEach
  void stopMain() {
    if (mainProcess != null) {
      mainProcess.destroyForcibly();
    }
  }

  private void startMain() throws IOException {
    Path errors = temp.resolve("main-stderr.txt");
    mainProcess = new ProcessBuilder(RendererLaunch.mainClass(HostileMainProcess.class.getName()).withJvmOptions("-Xmx64m").command())
        .redirectError(errors.toFile())
        .start();
    answers = new BufferedReader(new InputStreamReader(mainProcess.getInputStream(), StandardCharsets.UTF_8));
    commands = new PrintWriter(mainProcess.getOutputStream(), true, StandardCharsets.UTF_8);
  }

  private String ask(String command) throws IOException {
    commands.println(command);
    String answer = answers.readLine();
    assertTrue(answer != null, "main exited: " + mainErrors());
    return answer;
  }

  private String mainErrors() {
    try {
      return Files.readString(temp.resolve("main-stderr.txt"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  private IpcEndpoint invite() throws IOException {
    String[] parts = ask("invite").split(" ");
    return new IpcEndpoint(TransportKind.TCP, parts[0], HexFormat.of().parseHex(parts[1]));
  }

  private static InetSocketAddress socketAddress(IpcEndpoint endpoint) {
    String[] hostPort = endpoint.address().split(":");
    return new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1]));
  }

  /** Connects a renderer from this JVM, checks that main answers it, and closes it; returns the milliseconds it took. */
  private long connectAndEcho(IpcEndpoint endpoint) throws Exception {
    long start = System.nanoTime();
    try (RendererConnection connection = RendererProcess.connect(endpoint, RendererOptions.defaults())) {
      assertEquals("hi", connection.ipcRenderer().invoke("echo", "hi").get(20, TimeUnit.SECONDS));
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
  }

  /** Waits until main serves no renderer and has at most {@code baseline} descriptors open; returns the last count. */
  private int awaitDescriptors(int baseline) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    int fds;
    do {
      Thread.sleep(100);
      fds = Integer.parseInt(ask("fds"));
    } while ((fds > baseline || !ask("renderers").equals("0")) && System.nanoTime() < deadline);
    return fds;
  }

  @Test
  void largeLengthPrefixesBeforeAuthenticationCostMainNothingAndLeaveNoDescriptor() throws Exception {
    startMain();
    IpcEndpoint first = invite();
    connectAndEcho(first);
    int baseline = awaitDescriptors(Integer.MAX_VALUE);
    long slowestClose = 0;
    int connections = 0;
    for (int batch = 0; batch < 4; batch++) {
      List<SocketChannel> open = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        SocketChannel raw = SocketChannel.open(socketAddress(first));
        // A preamble, then a packet that claims 16 MiB: before the fix main allocated it all.
        raw.write(ByteBuffer.allocate(13).put(PREAMBLE).putInt(16 * 1024 * 1024 - 1).put((byte) 1).putShort((short) 0).flip());
        open.add(raw);
      }
      for (SocketChannel raw : open) {
        long start = System.nanoTime();
        assertTrue(readsToEnd(raw), "main must close a connection whose HELLO claims 16 MiB");
        slowestClose = Math.max(slowestClose, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        raw.close();
        connections++;
      }
    }
    long admitted = connectAndEcho(invite());
    int after = awaitDescriptors(baseline);
    System.out.println("pre-auth 16 MiB prefixes at -Xmx64m: " + connections + " connections, slowest close " + slowestClose
        + " ms after the last byte was read; renderer admitted after in " + admitted + " ms; descriptors " + baseline + " -> " + after);
    assertEquals(baseline, after, "descriptors must return to the baseline");
    assertTrue(mainProcess.isAlive());
    assertTrue(!mainErrors().contains("OutOfMemoryError"), mainErrors());
  }

  /** Silent connections held open and replaced as main closes them: over three times main's 64 handshake slots. */
  private static final int SILENT = 200;

  @Test
  void silentConnectionsThatReconnectCannotLockOutRenderers() throws Exception {
    startMain();
    IpcEndpoint first = invite();
    connectAndEcho(first);
    InetSocketAddress address = socketAddress(first);
    AtomicBoolean flooding = new AtomicBoolean(true);
    AtomicInteger reconnects = new AtomicInteger();
    AtomicInteger silent = new AtomicInteger();
    Thread flood = new Thread(() -> floodSilently(address, SILENT, flooding, silent, reconnects), "silent-flood");
    flood.start();
    try {
      while (silent.get() < SILENT) {
        Thread.sleep(10);
      }
      long slowest = 0;
      for (int i = 0; i < 10; i++) {
        slowest = Math.max(slowest, connectAndEcho(invite()));
      }
      System.out.println("handshake-slot flood: " + SILENT + " silent TCP connections, reconnecting each one main closes ("
          + reconnects.get() + " reconnects); 10 of 10 renderers admitted, slowest in " + slowest + " ms (bound 5000 ms)");
      assertTrue(slowest < 5000, "slowest renderer took " + slowest + " ms");
      assertTrue(reconnects.get() > 0, "main must have closed silent connections to make room");
    } finally {
      flooding.set(false);
      flood.join();
    }
  }

  /** Holds {@code count} connections that send nothing, and replaces each one main closes. */
  private static void floodSilently(InetSocketAddress address, int count, AtomicBoolean flooding, AtomicInteger silent,
      AtomicInteger reconnects) {
    try (Selector selector = Selector.open()) {
      for (int i = 0; i < count; i++) {
        openSilent(address, selector);
        silent.incrementAndGet();
      }
      ByteBuffer sink = ByteBuffer.allocate(256);
      while (flooding.get()) {
        selector.select(50);
        for (SelectionKey key : selector.selectedKeys()) {
          SocketChannel channel = (SocketChannel) key.channel();
          sink.clear();
          int read;
          try {
            read = channel.read(sink);
          } catch (IOException e) {
            read = -1;
          }
          if (read < 0) {
            key.cancel();
            channel.close();
            openSilent(address, selector);
            reconnects.incrementAndGet();
          }
        }
        selector.selectedKeys().clear();
      }
      for (SelectionKey key : selector.keys()) {
        key.channel().close();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void openSilent(InetSocketAddress address, Selector selector) throws IOException {
    SocketChannel channel = SocketChannel.open(address);
    channel.configureBlocking(false);
    channel.register(selector, SelectionKey.OP_READ);
  }

  @Test
  void anOutOfMemoryErrorInAReaderThreadClosesItsConnection() throws Exception {
    startMain();
    connectAndEcho(invite());
    int baseline = awaitDescriptors(Integer.MAX_VALUE);
    List<SocketChannel> raws = new ArrayList<>();
    int closedByMain = 0;
    try {
      for (int i = 0; i < 6; i++) {
        IpcEndpoint endpoint = invite();
        SocketChannel raw = SocketChannel.open(socketAddress(endpoint));
        PacketWriter writer = PacketWriter.over(raw, ConnectionSettings.defaults());
        Handshake.writeHello(writer, endpoint.secret(), ProcessHandle.current().pid(), List.of(), 1);
        Handshake.readWelcome(PacketReader.over(raw, ConnectionSettings.defaults()));
        // Authenticated: a 16 MiB SEND whose payload never comes. Six of them exceed main's heap.
        raw.write(ByteBuffer.allocate(7).putInt(16 * 1024 * 1024).put((byte) 10).putShort((short) 0).flip());
        raws.add(raw);
      }
      for (SocketChannel raw : raws) {
        raw.configureBlocking(false);
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (System.nanoTime() < deadline && closedByMain == 0) {
        Thread.sleep(100);
        closedByMain = 0;
        for (SocketChannel raw : raws) {
          closedByMain += endedByPeer(raw) ? 1 : 0;
        }
      }
      assertTrue(closedByMain >= 1, "a reader that ran out of memory must close its connection; main said: " + mainErrors());
    } finally {
      for (SocketChannel raw : raws) {
        raw.close();
      }
    }
    long admitted = connectAndEcho(invite());
    int after = awaitDescriptors(baseline);
    System.out.println("authenticated 16 MiB SENDs at -Xmx64m: 6 connections, " + closedByMain
        + " closed by main after an OutOfMemoryError in their reader; renderer admitted after in " + admitted + " ms; descriptors "
        + baseline + " -> " + after);
    assertTrue(mainErrors().contains("OutOfMemoryError"), "the test must have exhausted main's heap: " + mainErrors());
    assertEquals(baseline, after);
  }

  /** Whether the peer closed {@code raw}: reads what is there (a CLOSE packet, say) without blocking. */
  private static boolean endedByPeer(SocketChannel raw) throws IOException {
    ByteBuffer sink = ByteBuffer.allocate(4096);
    int read;
    do {
      sink.clear();
      try {
        read = raw.read(sink);
      } catch (IOException e) {
        return true;
      }
    } while (read > 0);
    return read < 0;
  }

  /** Reads until main closes the connection; false if it is still open after 10 s. */
  private static boolean readsToEnd(SocketChannel raw) throws IOException {
    raw.configureBlocking(false);
    ByteBuffer sink = ByteBuffer.allocate(256);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      sink.clear();
      int read;
      try {
        read = raw.read(sink);
      } catch (IOException e) {
        return true;
      }
      if (read < 0) {
        return true;
      }
      try {
        Thread.sleep(read == 0 ? 5 : 0);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  @Test
  void aStdioRendererIsReadByAThreadNamedAfterIt() throws Exception {
    try (IpcMain main = IpcMain.create()) {
      Renderer renderer = main.launch(RendererLaunch.mainClass(EchoRenderer.class.getName()).withTransport(TransportKind.STDIO))
          .get(30, TimeUnit.SECONDS);
      List<String> names = new ArrayList<>();
      Thread.getAllStackTraces().keySet().forEach(thread -> names.add(thread.getName()));
      assertTrue(names.contains("typed-ipc-reader-renderer-" + renderer.id()), names.toString());
      assertTrue(!names.contains("typed-ipc-launch-handshake"), names.toString());
    }
  }
}
