package test;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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
import org.typedipc.runtime.spi.DeclaredExceptions;
import org.typedipc.runtime.spi.RendererChannelHandler;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.spi.TypedRenderer;
import org.typedipc.runtime.spi.TypedTarget;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/**
 * Typed IPC for the events and invokes of {@link Worker}, generated from the interface.
 *
 * <p>Main sends and invokes with {@link #to(Renderer)}, {@link #to(Frame)}, {@link #to(Renderer, Duration)}
 * or {@link #replyTo(IpcMainEvent)}; a renderer listens and answers with {@link #renderer(IpcRenderer)} or
 * {@link #register(IpcRenderer, Handler)}.
 */
@IpcGenerated("test.Worker")
@Generated("org.typedipc.processor.IpcProcessor")
public final class WorkerIpc {
  /**
   * The channel name of {@link Worker#progress}.
   */
  public static final String PROGRESS = "Worker:progress";

  /**
   * The channel name of {@link Worker#cancel}.
   */
  public static final String CANCEL = "jobs:cancel";

  /**
   * The channel name of {@link Worker#index}.
   */
  public static final String INDEX = "Worker:index";

  /**
   * The channel name of {@link Worker#ping}.
   */
  public static final String PING = "worker:ping";

  /**
   * The channel name of {@link Worker#flush}.
   */
  public static final String FLUSH = "Worker:flush";

  /**
   * The typed channel of {@link Worker#progress}.
   */
  public static final Channel<ProgressArgs, Void> PROGRESS_CHANNEL = Channel.event(PROGRESS, Wire.PROGRESS_ARGS_CODEC);

  /**
   * The typed channel of {@link Worker#cancel}.
   */
  public static final Channel<Long, Void> CANCEL_CHANNEL = Channel.event(CANCEL, Codecs.LONG);

  /**
   * The typed channel of {@link Worker#index}.
   */
  public static final Channel<IndexArgs, List<String>> INDEX_CHANNEL = Channel.rendererInvoke(INDEX, Wire.INDEX_ARGS_CODEC, Wire.LIST_OF_STRING,
      DeclaredExceptions.of(DeclaredExceptions.declared(BusyException.class, Wire.BUSY_EXCEPTION_CODEC)));

  /**
   * The typed channel of {@link Worker#ping}.
   */
  public static final Channel<Void, Long> PING_CHANNEL = Channel.rendererInvoke(PING, Codec.none(), Wire.LONG);

  /**
   * The typed channel of {@link Worker#flush}.
   */
  public static final Channel<String, Void> FLUSH_CHANNEL = Channel.rendererInvoke(FLUSH, Wire.STRING, Codec.none());

  /**
   * Every channel with its canonical signature and that signature's fingerprint, in declaration order.
   */
  public static final List<ChannelDescriptor> CHANNELS = List.of(
      new ChannelDescriptor(PROGRESS, "EVENT",
          "EVENT Worker:progress(java.lang.String,int)",
          "37a16bb432031465dafe11e2a80e437506676a1973c504f0004c97e12febaf58"),
      new ChannelDescriptor(CANCEL, "EVENT",
          "EVENT jobs:cancel(long)",
          "10d8d7434e4cf90daea8a78e5d3db4333939ac63abd7f20e76abe7f3f8964bcd"),
      new ChannelDescriptor(INDEX, "RENDERER_INVOKE",
          "RENDERER_INVOKE Worker:index(java.lang.String,int)->java.util.List<java.lang.String> throws test.BusyException(queued:int)",
          "c8bd3f6913e98fc8b831a8c10834c4d305f0c82e0b02a90099c5c201f454c4e8"),
      new ChannelDescriptor(PING, "RENDERER_INVOKE",
          "RENDERER_INVOKE worker:ping()->java.lang.Long",
          "056fe1291140bd13b5bcb432721acbbcf6f64725a4f0b608e7f9c62e95405d65"),
      new ChannelDescriptor(FLUSH, "RENDERER_INVOKE",
          "RENDERER_INVOKE Worker:flush(java.lang.String)->java.lang.Void",
          "db7519d2fc59840ea7501ff4b086c8105c02270c5ac5b64396a481effc8113b3"));

  /**
   * The contract as the cross-process handshake compares it: its fingerprint covers every channel's
   * name, kind and types (the SHA-256 of the {@link #CHANNELS} signatures, one per line).
   */
  public static final ContractDescriptor DESCRIPTOR = new ContractDescriptor("test.Worker",
      "54795b066ac3de88379bdbe4adace36fded62198998ba3f673b4f85861d0887a");

  private WorkerIpc() {
  }

  /**
   * A {@link Worker} that calls the main frame of {@code renderer}.
   *
   * @param renderer the renderer whose main frame gets the calls
   * @return the sender
   */
  public static Worker to(Renderer renderer) {
    return new Sender(Typed.of(Objects.requireNonNull(renderer, "renderer")));
  }

  /**
   * A {@link Worker} that calls {@code frame}.
   *
   * @param frame the frame that gets the calls
   * @return the sender
   */
  public static Worker to(Frame frame) {
    return new Sender(Typed.of(Objects.requireNonNull(frame, "frame")));
  }

  /**
   * A {@link Worker} that calls the frame that sent {@code event}.
   *
   * @param event the event whose sender frame gets the calls
   * @return the sender
   */
  public static Worker replyTo(IpcMainEvent event) {
    return new Sender(Typed.of(Objects.requireNonNull(event, "event").senderFrame()));
  }

  /**
   * A {@link Worker} that calls the main frame of {@code renderer}, each invoke failing with
   * {@code IpcTimeoutException} if not answered within {@code deadline}.
   *
   * @param renderer the target of the calls
   * @param deadline how long each invoke waits for its answer
   * @return the sender
   */
  public static Worker to(Renderer renderer, Duration deadline) {
    return new Sender(Typed.of(Objects.requireNonNull(renderer, "renderer")).withDeadline(Objects.requireNonNull(deadline, "deadline")));
  }

  /**
   * A {@link Worker} that calls {@code frame}, each invoke failing with
   * {@code IpcTimeoutException} if not answered within {@code deadline}.
   *
   * @param frame the target of the calls
   * @param deadline how long each invoke waits for its answer
   * @return the sender
   */
  public static Worker to(Frame frame, Duration deadline) {
    return new Sender(Typed.of(Objects.requireNonNull(frame, "frame")).withDeadline(Objects.requireNonNull(deadline, "deadline")));
  }

  /**
   * Typed listeners and handlers of {@link Worker} on a renderer frame.
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
   * Every event and invoke of {@link Worker}, received in a renderer: the event first, then the
   * arguments.
   */
  public interface Handler {
    /**
     * Receives a call of {@link Worker#progress}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param task the call's {@code task} argument
     * @param percent the call's {@code percent} argument
     */
    void progress(IpcRendererEvent event, String task, int percent);

    /**
     * Receives a call of {@link Worker#cancel}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param jobId the call's {@code jobId} argument
     */
    void cancel(IpcRendererEvent event, long jobId);

    /**
     * Answers a call of {@link Worker#index}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param folder the call's {@code folder} argument
     * @param depth the call's {@code depth} argument
     * @return a stage that completes with the answer
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    CompletionStage<List<String>> index(IpcRendererInvokeEvent event, String folder, int depth)
        throws Exception;

    /**
     * Answers a call of {@link Worker#ping}.
     *
     * @param event the message's event: its sender, and how to reply
     * @return a stage that completes with the answer
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    CompletionStage<Long> ping(IpcRendererInvokeEvent event) throws Exception;

    /**
     * Answers a call of {@link Worker#flush}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param reason the call's {@code reason} argument
     * @return a stage that completes with the answer
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    CompletionStage<Void> flush(IpcRendererInvokeEvent event, String reason) throws Exception;
  }

  /**
   * Receives {@link Worker#progress} messages.
   */
  @FunctionalInterface
  public interface ProgressListener extends ChannelListener<IpcRendererEvent, ProgressArgs> {
    /**
     * Receives a call of {@link Worker#progress}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param task the call's {@code task} argument
     * @param percent the call's {@code percent} argument
     */
    void progress(IpcRendererEvent event, String task, int percent);

    @Override
    default void onMessage(IpcRendererEvent event, ProgressArgs args) {
      this.progress(event, args.task(), args.percent());
    }
  }

  /**
   * The arguments of {@link Worker#progress} as one value.
   */
  public record ProgressArgs(String task, int percent) {
  }

  /**
   * Receives {@link Worker#cancel} messages.
   */
  @FunctionalInterface
  public interface CancelListener extends ChannelListener<IpcRendererEvent, Long> {
    /**
     * Receives a call of {@link Worker#cancel}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param jobId the call's {@code jobId} argument
     */
    void cancel(IpcRendererEvent event, long jobId);

    @Override
    default void onMessage(IpcRendererEvent event, Long args) {
      this.cancel(event, args);
    }
  }

  /**
   * Answers {@link Worker#index} with a {@code List<String>}, or, for the {@code Async} registrations, a
   * {@code CompletionStage} of one.
   *
   * @param <R> what the handler returns
   */
  @FunctionalInterface
  public interface IndexHandler<R> extends RendererChannelHandler<IndexArgs, List<String>> {
    /**
     * Answers a call of {@link Worker#index}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param folder the call's {@code folder} argument
     * @param depth the call's {@code depth} argument
     * @return the answer: the result itself, or for the {@code Async} registrations a stage of it
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    R index(IpcRendererInvokeEvent event, String folder, int depth) throws Exception;

    @Override
    default Object handle(IpcRendererInvokeEvent event, IndexArgs args) throws Exception {
      return this.index(event, args.folder(), args.depth());
    }
  }

  /**
   * The arguments of {@link Worker#index} as one value.
   */
  public record IndexArgs(String folder, int depth) {
  }

  /**
   * Answers {@link Worker#ping} with a {@code Long}, or, for the {@code Async} registrations, a
   * {@code CompletionStage} of one.
   *
   * @param <R> what the handler returns
   */
  @FunctionalInterface
  public interface PingHandler<R> extends RendererChannelHandler<Void, Long> {
    /**
     * Answers a call of {@link Worker#ping}.
     *
     * @param event the message's event: its sender, and how to reply
     * @return the answer: the result itself, or for the {@code Async} registrations a stage of it
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    R ping(IpcRendererInvokeEvent event) throws Exception;

    @Override
    default Object handle(IpcRendererInvokeEvent event, Void args) throws Exception {
      return this.ping(event);
    }
  }

  /**
   * Answers {@link Worker#flush} with a {@code Void}, or, for the {@code Async} registrations, a
   * {@code CompletionStage} of one.
   *
   * @param <R> what the handler returns
   */
  @FunctionalInterface
  public interface FlushHandler<R> extends RendererChannelHandler<String, Void> {
    /**
     * Answers a call of {@link Worker#flush}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param reason the call's {@code reason} argument
     * @return the answer: the result itself, or for the {@code Async} registrations a stage of it
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    R flush(IpcRendererInvokeEvent event, String reason) throws Exception;

    @Override
    default Object handle(IpcRendererInvokeEvent event, String args) throws Exception {
      return this.flush(event, args);
    }
  }

  /**
   * Typed listeners and handlers of {@link Worker} on one renderer frame. Each registration's {@code close()}
   * removes it; {@code ipcRenderer.removeAllListeners(NAME)} removes a channel's listeners,
   * {@code ipcRenderer.removeHandler(NAME)} its handler.
   */
  public static final class Registrar {
    private final TypedRenderer typed;

    private Registrar(IpcRenderer ipcRenderer) {
      this.typed = Typed.of(ipcRenderer);
    }

    /**
     * Adds a listener of {@link Worker#progress}.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onProgress(ProgressListener listener) {
      return typed.on(PROGRESS_CHANNEL, listener);
    }

    /**
     * Adds a listener of {@link Worker#progress} that is removed before it runs for the first message.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onceProgress(ProgressListener listener) {
      return typed.once(PROGRESS_CHANNEL, listener);
    }

    /**
     * Adds a listener of {@link Worker#cancel}.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onCancel(CancelListener listener) {
      return typed.on(CANCEL_CHANNEL, listener);
    }

    /**
     * Adds a listener of {@link Worker#cancel} that is removed before it runs for the first message.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onceCancel(CancelListener listener) {
      return typed.once(CANCEL_CHANNEL, listener);
    }

    /**
     * Sets the handler of {@link Worker#index}; fails if this frame already has one.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleIndex(IndexHandler<List<String>> handler) {
      return typed.handle(INDEX_CHANNEL, handler);
    }

    /**
     * Sets the handler of {@link Worker#index} that answers with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleIndexAsync(
        IndexHandler<? extends CompletionStage<List<String>>> handler) {
      return typed.handle(INDEX_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Worker#index} that answers one invoke.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceIndex(IndexHandler<List<String>> handler) {
      return typed.handleOnce(INDEX_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Worker#index} that answers one invoke with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceIndexAsync(
        IndexHandler<? extends CompletionStage<List<String>>> handler) {
      return typed.handleOnce(INDEX_CHANNEL, handler);
    }

    /**
     * Sets the handler of {@link Worker#ping}; fails if this frame already has one.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handlePing(PingHandler<Long> handler) {
      return typed.handle(PING_CHANNEL, handler);
    }

    /**
     * Sets the handler of {@link Worker#ping} that answers with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handlePingAsync(PingHandler<? extends CompletionStage<Long>> handler) {
      return typed.handle(PING_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Worker#ping} that answers one invoke.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOncePing(PingHandler<Long> handler) {
      return typed.handleOnce(PING_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Worker#ping} that answers one invoke with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOncePingAsync(PingHandler<? extends CompletionStage<Long>> handler) {
      return typed.handleOnce(PING_CHANNEL, handler);
    }

    /**
     * Sets the handler of {@link Worker#flush}; fails if this frame already has one.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleFlush(FlushHandler<Void> handler) {
      return typed.handle(FLUSH_CHANNEL, handler);
    }

    /**
     * Sets the handler of {@link Worker#flush} that answers with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleFlushAsync(FlushHandler<? extends CompletionStage<Void>> handler) {
      return typed.handle(FLUSH_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Worker#flush} that answers one invoke.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceFlush(FlushHandler<Void> handler) {
      return typed.handleOnce(FLUSH_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Worker#flush} that answers one invoke with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceFlushAsync(
        FlushHandler<? extends CompletionStage<Void>> handler) {
      return typed.handleOnce(FLUSH_CHANNEL, handler);
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
      Registration[] registrations = new Registration[5];
      try {
        registrations[0] = onProgress(handler::progress);
        registrations[1] = onCancel(handler::cancel);
        registrations[2] = handleIndexAsync(handler::index);
        registrations[3] = handlePingAsync(handler::ping);
        registrations[4] = handleFlushAsync(handler::flush);
      } catch (RuntimeException | Error e) {
        closeAll(registrations);
        throw e;
      }
      return () -> closeAll(registrations);
    }
  }

  private static final class Sender implements Worker {
    private final TypedTarget target;

    Sender(TypedTarget target) {
      this.target = target;
    }

    @Override
    public void progress(String task, int percent) {
      this.target.send(PROGRESS_CHANNEL, new ProgressArgs(task, percent));
    }

    @Override
    public void cancel(long jobId) {
      this.target.send(CANCEL_CHANNEL, jobId);
    }

    @Override
    public CompletableFuture<List<String>> index(String folder, int depth) {
      return this.target.invoke(INDEX_CHANNEL, new IndexArgs(folder, depth));
    }

    @Override
    public CompletionStage<Long> ping() {
      return this.target.invoke(PING_CHANNEL, null);
    }

    @Override
    public CompletableFuture<Void> flush(String reason) {
      return this.target.invoke(FLUSH_CHANNEL, reason);
    }
  }

  /**
   * The codecs, each built once: those of records, sealed interfaces and argument lists, made of
   * the methods below, then the composed ones, children before their parents.
   */
  private static final class Wire {
    static final Codec<ProgressArgs> PROGRESS_ARGS_CODEC = Codecs.of(Wire::encodeProgressArgs, Wire::decodeProgressArgs);

    static final Codec<IndexArgs> INDEX_ARGS_CODEC = Codecs.of(Wire::encodeIndexArgs, Wire::decodeIndexArgs);

    static final Codec<BusyException> BUSY_EXCEPTION_CODEC = Codecs.of(Wire::encodeBusyException, Wire::decodeBusyException);

    static final Codec<String> STRING = Codecs.nullable(Codecs.STRING);

    static final Codec<List<String>> LIST_OF_STRING = Codecs.nullable(Codecs.list(Wire.STRING));

    static final Codec<Long> LONG = Codecs.nullable(Codecs.LONG);

    private Wire() {
    }

    private static void encodeProgressArgs(WireWriter out, ProgressArgs value) {
      Wire.STRING.encode(out, value.task());
      out.writeInt(value.percent());
    }

    private static ProgressArgs decodeProgressArgs(WireReader in) {
      String task = Wire.STRING.decode(in);
      int percent = in.readInt();
      return new ProgressArgs(task, percent);
    }

    private static void encodeIndexArgs(WireWriter out, IndexArgs value) {
      Wire.STRING.encode(out, value.folder());
      out.writeInt(value.depth());
    }

    private static IndexArgs decodeIndexArgs(WireReader in) {
      String folder = Wire.STRING.decode(in);
      int depth = in.readInt();
      return new IndexArgs(folder, depth);
    }

    private static void encodeBusyException(WireWriter out, BusyException value) {
      out.enter("BusyException");
      out.writeInt(value.queued());
      out.exit();
    }

    private static BusyException decodeBusyException(WireReader in) {
      in.enter();
      int queued = in.readInt();
      in.exit();
      try {
        return new BusyException(queued);
      } catch (RuntimeException rejected) {
        throw in.malformed("a BusyException its constructor rejects: " + rejected);
      }
    }
  }
}
