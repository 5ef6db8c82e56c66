package test;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Flow;
import javax.annotation.processing.Generated;
import org.typedipc.api.ChannelDescriptor;
import org.typedipc.api.IpcGenerated;
import org.typedipc.runtime.ContractDescriptor;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.IpcRendererInvokeEvent;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.ChannelListener;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.RendererChannelHandler;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.spi.TypedRenderer;
import org.typedipc.runtime.spi.TypedTarget;

/**
 * Typed IPC for the events and invokes of {@link Indexer}, generated from the interface.
 *
 * <p>Main sends and invokes with {@link #to(Renderer)}, {@link #to(Frame)}, {@link #to(Renderer, Duration)}
 * or {@link #replyTo(IpcMainEvent)}; a renderer listens and answers with {@link #renderer(IpcRenderer)} or
 * {@link #register(IpcRenderer, Handler)}.
 */
@IpcGenerated("test.Indexer")
@Generated("org.typedipc.processor.IpcProcessor")
public final class IndexerIpc {
  /**
   * The channel name of {@link Indexer#files}.
   */
  public static final String FILES = "Indexer:files";

  /**
   * The channel name of {@link Indexer#stop}.
   */
  public static final String STOP = "Indexer:stop";

  /**
   * The typed channel of {@link Indexer#files}.
   */
  public static final Channel<String, String> FILES_CHANNEL = Channel.rendererInvoke(FILES, Wire.STRING, Wire.STRING);

  /**
   * The typed channel of {@link Indexer#stop}.
   */
  public static final Channel<Void, Void> STOP_CHANNEL = Channel.event(STOP, Codec.none());

  /**
   * Every channel with its canonical signature and that signature's fingerprint, in declaration order.
   */
  public static final List<ChannelDescriptor> CHANNELS = List.of(
      new ChannelDescriptor(FILES, "RENDERER_STREAM",
          "RENDERER_STREAM Indexer:files(java.lang.String)->java.lang.String",
          "75cfebe1e8594de1c21cd420429a806685ff4da41eb2bf481a31f1c9b5ee007e"),
      new ChannelDescriptor(STOP, "EVENT",
          "EVENT Indexer:stop()",
          "a7fe613c51df20a8e590d7b656079315015c5a4a67de5c417c838eae9d659ab9"));

  /**
   * The contract as the cross-process handshake compares it: its fingerprint covers every channel's
   * name, kind and types (the SHA-256 of the {@link #CHANNELS} signatures, one per line).
   */
  public static final ContractDescriptor DESCRIPTOR = new ContractDescriptor("test.Indexer",
      "0abef60373f5aca97a13cd8e48f5a77d7a4788265e851305d3e82c47f1b90139");

  private IndexerIpc() {
  }

  /**
   * A {@link Indexer} that calls the main frame of {@code renderer}.
   *
   * @param renderer the renderer whose main frame gets the calls
   * @return the sender
   */
  public static Indexer to(Renderer renderer) {
    return new Sender(Typed.of(Objects.requireNonNull(renderer, "renderer")));
  }

  /**
   * A {@link Indexer} that calls {@code frame}.
   *
   * @param frame the frame that gets the calls
   * @return the sender
   */
  public static Indexer to(Frame frame) {
    return new Sender(Typed.of(Objects.requireNonNull(frame, "frame")));
  }

  /**
   * A {@link Indexer} that calls the frame that sent {@code event}.
   *
   * @param event the event whose sender frame gets the calls
   * @return the sender
   */
  public static Indexer replyTo(IpcMainEvent event) {
    return new Sender(Typed.of(Objects.requireNonNull(event, "event").senderFrame()));
  }

  /**
   * A {@link Indexer} that calls the main frame of {@code renderer}, each invoke failing with
   * {@code IpcTimeoutException} if not answered within {@code deadline}.
   *
   * @param renderer the target of the calls
   * @param deadline how long each invoke waits for its answer
   * @return the sender
   */
  public static Indexer to(Renderer renderer, Duration deadline) {
    return new Sender(Typed.of(Objects.requireNonNull(renderer, "renderer")).withDeadline(Objects.requireNonNull(deadline, "deadline")));
  }

  /**
   * A {@link Indexer} that calls {@code frame}, each invoke failing with
   * {@code IpcTimeoutException} if not answered within {@code deadline}.
   *
   * @param frame the target of the calls
   * @param deadline how long each invoke waits for its answer
   * @return the sender
   */
  public static Indexer to(Frame frame, Duration deadline) {
    return new Sender(Typed.of(Objects.requireNonNull(frame, "frame")).withDeadline(Objects.requireNonNull(deadline, "deadline")));
  }

  /**
   * Typed listeners and handlers of {@link Indexer} on a renderer frame.
   *
   * @param ipcRenderer the renderer frame to listen on
   * @return the registrar
   */
  public static Registrar renderer(IpcRenderer ipcRenderer) {
    return new Registrar(Objects.requireNonNull(ipcRenderer, "ipcRenderer"));
  }

  /**
   * Listens and answers with every method of {@code handler}; closing the result removes them all.
   *
   * @param ipcRenderer the renderer frame to listen on
   * @param handler the implementation whose methods serve the channels
   * @return one registration of them all
   */
  public static Registration register(IpcRenderer ipcRenderer, Handler handler) {
    return renderer(ipcRenderer).register(handler);
  }

  private static void closeAll(Registration[] registrations) {
    for (int i = registrations.length - 1; i >= 0; i--) {
      if (registrations[i] != null) {
        registrations[i].close();
      }
    }
  }

  /**
   * Every event and invoke of {@link Indexer}, received in a renderer: the event first, then the
   * arguments.
   */
  public interface Handler {
    /**
     * Answers a call of {@link Indexer#files}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param folder the call's {@code folder} argument
     * @return the publisher of the stream's items
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    Flow.Publisher<String> files(IpcRendererInvokeEvent event, String folder) throws Exception;

    /**
     * Receives a call of {@link Indexer#stop}.
     *
     * @param event the message's event: its sender, and how to reply
     */
    void stop(IpcRendererEvent event);
  }

  /**
   * Produces the streams of {@link Indexer#files}: returns the publisher of their {@code String} items.
   *
   * @param <R> what the handler returns
   */
  @FunctionalInterface
  public interface FilesHandler<R> extends RendererChannelHandler<String, String> {
    /**
     * Answers a call of {@link Indexer#files}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param folder the call's {@code folder} argument
     * @return the publisher of the stream's items
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    R files(IpcRendererInvokeEvent event, String folder) throws Exception;

    @Override
    default Object handle(IpcRendererInvokeEvent event, String args) throws Exception {
      return this.files(event, args);
    }
  }

  /**
   * Receives {@link Indexer#stop} messages.
   */
  @FunctionalInterface
  public interface StopListener extends ChannelListener<IpcRendererEvent, Void> {
    /**
     * Receives a call of {@link Indexer#stop}.
     *
     * @param event the message's event: its sender, and how to reply
     */
    void stop(IpcRendererEvent event);

    @Override
    default void onMessage(IpcRendererEvent event, Void args) {
      this.stop(event);
    }
  }

  /**
   * Typed listeners and handlers of {@link Indexer} on one renderer frame. Each registration's {@code close()}
   * removes it; {@code ipcRenderer.removeAllListeners(NAME)} removes a channel's listeners,
   * {@code ipcRenderer.removeHandler(NAME)} its handler.
   */
  public static final class Registrar {
    private final TypedRenderer typed;

    private Registrar(IpcRenderer ipcRenderer) {
      this.typed = Typed.of(ipcRenderer);
    }

    /**
     * Sets the producer of {@link Indexer#files}'s streams; fails if this frame already has one.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleFiles(
        FilesHandler<? extends Flow.Publisher<? extends String>> handler) {
      return typed.handle(FILES_CHANNEL, handler);
    }

    /**
     * Sets a producer of {@link Indexer#files} that serves one stream.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceFiles(
        FilesHandler<? extends Flow.Publisher<? extends String>> handler) {
      return typed.handleOnce(FILES_CHANNEL, handler);
    }

    /**
     * Adds a listener of {@link Indexer#stop}.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onStop(StopListener listener) {
      return typed.on(STOP_CHANNEL, listener);
    }

    /**
     * Adds a listener of {@link Indexer#stop} that is removed before it runs for the first message.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onceStop(StopListener listener) {
      return typed.once(STOP_CHANNEL, listener);
    }

    /**
     * Registers every method of {@code handler}; closing the result removes them all. If one
     * registration fails, those made before it are removed.
     *
     * @param handler the implementation whose methods serve the channels
     * @return one registration of them all
     */
    public Registration register(Handler handler) {
      Objects.requireNonNull(handler, "handler");
      Registration[] registrations = new Registration[2];
      try {
        registrations[0] = handleFiles(handler::files);
        registrations[1] = onStop(handler::stop);
      } catch (RuntimeException | Error e) {
        closeAll(registrations);
        throw e;
      }
      return () -> closeAll(registrations);
    }
  }

  private static final class Sender implements Indexer {
    private final TypedTarget target;

    Sender(TypedTarget target) {
      this.target = target;
    }

    @Override
    public Flow.Publisher<String> files(String folder) {
      return this.target.stream(FILES_CHANNEL, folder);
    }

    @Override
    public void stop() {
      this.target.send(STOP_CHANNEL, null);
    }
  }

  /**
   * The codecs, each built once: those of records, sealed interfaces and argument lists, made of
   * the methods below, then the composed ones, children before their parents.
   */
  private static final class Wire {
    static final Codec<String> STRING = Codecs.nullable(Codecs.STRING);

    private Wire() {
    }
  }
}
