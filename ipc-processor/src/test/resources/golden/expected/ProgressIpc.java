package test;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javax.annotation.processing.Generated;
import org.typedipc.api.ChannelDescriptor;
import org.typedipc.api.IpcGenerated;
import org.typedipc.runtime.ContractDescriptor;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.ChannelListener;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.spi.TypedPort;
import org.typedipc.runtime.spi.TypedRenderer;
import org.typedipc.runtime.spi.TypedSender;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/**
 * Typed IPC for the events of {@link Progress}, generated from the interface.
 *
 * <p>Main sends with {@link #to(Renderer)}, {@link #to(Frame)}, {@link #replyTo(IpcMainEvent)} or, to
 * every renderer, {@link #toAll(IpcMain)}; a renderer listens with {@link #renderer(IpcRenderer)} or
 * {@link #register(IpcRenderer, Handler)}. Over a message port, either side posts with
 * {@link #port(MessagePort)} and the other end receives with {@link #listen(MessagePort, Progress)}.
 */
@IpcGenerated("test.Progress")
@Generated("org.typedipc.processor.IpcProcessor")
public final class ProgressIpc {
  /**
   * The channel name of {@link Progress#progress}.
   */
  public static final String PROGRESS = "Progress:progress";

  /**
   * The channel name of {@link Progress#done}.
   */
  public static final String DONE = "jobs:done";

  /**
   * The channel name of {@link Progress#reset}.
   */
  public static final String RESET = "Progress:reset";

  /**
   * The typed channel of {@link Progress#progress}.
   */
  public static final Channel<ProgressArgs, Void> PROGRESS_CHANNEL = Channel.event(PROGRESS, Wire.PROGRESS_ARGS_CODEC);

  /**
   * The typed channel of {@link Progress#done}.
   */
  public static final Channel<Long, Void> DONE_CHANNEL = Channel.event(DONE, Codecs.LONG);

  /**
   * The typed channel of {@link Progress#reset}.
   */
  public static final Channel<Void, Void> RESET_CHANNEL = Channel.event(RESET, Codec.none());

  /**
   * Every channel with its canonical signature and that signature's fingerprint, in declaration order.
   */
  public static final List<ChannelDescriptor> CHANNELS = List.of(
      new ChannelDescriptor(PROGRESS, "EVENT",
          "EVENT Progress:progress(java.lang.String,int)",
          "320e53a027b9c5e26f04b2922ff01aa054cda194b99637dbd5d66ecf23d4cd85"),
      new ChannelDescriptor(DONE, "EVENT",
          "EVENT jobs:done(long)",
          "74d398ecf16737ffafb76ce26a9446c3aa1d292f47e18cc0fe2fb37a0bc99bdc"),
      new ChannelDescriptor(RESET, "EVENT",
          "EVENT Progress:reset()",
          "8588b15afc689d0627b1310bb3bf369c8973edd28e740981c92a9421a596712d"));

  /**
   * The contract as the cross-process handshake compares it: its fingerprint covers every channel's
   * name, kind and types (the SHA-256 of the {@link #CHANNELS} signatures, one per line).
   */
  public static final ContractDescriptor DESCRIPTOR = new ContractDescriptor("test.Progress",
      "89e8d9eba77778bbfa94784e0862154137f0dd41a11a3e8fbf0075fac22e2c5a");

  private ProgressIpc() {
  }

  /**
   * A {@link Progress} that sends to the main frame of {@code renderer}.
   *
   * @param renderer the renderer whose main frame gets the calls
   * @return the sender
   */
  public static Progress to(Renderer renderer) {
    return new Sender(Typed.of(Objects.requireNonNull(renderer, "renderer")));
  }

  /**
   * A {@link Progress} that sends to {@code frame}.
   *
   * @param frame the frame that gets the calls
   * @return the sender
   */
  public static Progress to(Frame frame) {
    return new Sender(Typed.of(Objects.requireNonNull(frame, "frame")));
  }

  /**
   * A {@link Progress} that sends to the frame that sent {@code event}.
   *
   * @param event the event whose sender frame gets the calls
   * @return the sender
   */
  public static Progress replyTo(IpcMainEvent event) {
    return new Sender(Typed.of(Objects.requireNonNull(event, "event").senderFrame()));
  }

  /**
   * A {@link Progress} that sends to the main frame of every renderer of {@code ipcMain}, in
   * renderer-id order; a renderer that fails or is gone does not keep the others from receiving.
   *
   * @param ipcMain the main whose renderers get the events
   * @return the sender
   */
  public static Progress toAll(IpcMain ipcMain) {
    return new Sender(Typed.toAll(Objects.requireNonNull(ipcMain, "ipcMain")));
  }

  /**
   * A {@link Progress} that sends to the main frame of every renderer of {@code ipcMain} that {@code which}
   * accepts, in renderer-id order.
   *
   * @param ipcMain the main whose renderers get the events
   * @param which chooses the renderers that get them
   * @return the sender
   */
  public static Progress toAll(IpcMain ipcMain, Predicate<? super Renderer> which) {
    return new Sender(Typed.toAll(Objects.requireNonNull(ipcMain, "ipcMain"), Objects.requireNonNull(which, "which")));
  }

  /**
   * A {@link Progress} that posts its events on {@code port}; the other end receives them with
   * {@code listen(port, receiver)}.
   *
   * @param port the port the events go out on
   * @return the sender
   */
  public static Progress port(MessagePort port) {
    return new Sender(Typed.of(Objects.requireNonNull(port, "port")));
  }

  /**
   * Calls {@code receiver}'s methods with the events that arrive at {@code port}, posted by
   * {@link #port(MessagePort)} at its other end; start the port to receive.
   *
   * @param port the port the events arrive at
   * @param receiver gets each event as a call of its method
   * @return closing it stops the calls
   */
  public static Registration listen(MessagePort port, Progress receiver) {
    TypedPort typed = Typed.of(Objects.requireNonNull(port, "port"));
    Objects.requireNonNull(receiver, "receiver");
    Registration[] registrations = new Registration[3];
    registrations[0] = typed.on(PROGRESS_CHANNEL, args -> receiver.progress(args.task(), args.percent()));
    registrations[1] = typed.on(DONE_CHANNEL, args -> receiver.done(args));
    registrations[2] = typed.on(RESET_CHANNEL, args -> receiver.reset());
    return () -> closeAll(registrations);
  }

  /**
   * Typed listeners of {@link Progress} on a renderer frame.
   *
   * @param ipcRenderer the renderer frame to listen on
   * @return the registrar
   */
  public static Registrar renderer(IpcRenderer ipcRenderer) {
    return new Registrar(Objects.requireNonNull(ipcRenderer, "ipcRenderer"));
  }

  /**
   * Listens with every method of {@code handler}; closing the result removes them all.
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
   * Every event of {@link Progress}, received in a renderer: the event first, then the arguments.
   */
  public interface Handler {
    /**
     * Receives a call of {@link Progress#progress}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param task the call's {@code task} argument
     * @param percent the call's {@code percent} argument
     */
    void progress(IpcRendererEvent event, String task, int percent);

    /**
     * Receives a call of {@link Progress#done}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param jobId the call's {@code jobId} argument
     */
    void done(IpcRendererEvent event, long jobId);

    /**
     * Receives a call of {@link Progress#reset}.
     *
     * @param event the message's event: its sender, and how to reply
     */
    void reset(IpcRendererEvent event);
  }

  /**
   * Receives {@link Progress#progress} messages.
   */
  @FunctionalInterface
  public interface ProgressListener extends ChannelListener<IpcRendererEvent, ProgressArgs> {
    /**
     * Receives a call of {@link Progress#progress}.
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
   * The arguments of {@link Progress#progress} as one value.
   */
  public record ProgressArgs(String task, int percent) {
  }

  /**
   * Receives {@link Progress#done} messages.
   */
  @FunctionalInterface
  public interface DoneListener extends ChannelListener<IpcRendererEvent, Long> {
    /**
     * Receives a call of {@link Progress#done}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param jobId the call's {@code jobId} argument
     */
    void done(IpcRendererEvent event, long jobId);

    @Override
    default void onMessage(IpcRendererEvent event, Long args) {
      this.done(event, args);
    }
  }

  /**
   * Receives {@link Progress#reset} messages.
   */
  @FunctionalInterface
  public interface ResetListener extends ChannelListener<IpcRendererEvent, Void> {
    /**
     * Receives a call of {@link Progress#reset}.
     *
     * @param event the message's event: its sender, and how to reply
     */
    void reset(IpcRendererEvent event);

    @Override
    default void onMessage(IpcRendererEvent event, Void args) {
      this.reset(event);
    }
  }

  /**
   * Typed listeners of {@link Progress} on one renderer frame. Each registration's {@code close()}
   * removes it; {@code ipcRenderer.removeAllListeners(NAME)} removes a channel's listeners.
   */
  public static final class Registrar {
    private final TypedRenderer typed;

    private Registrar(IpcRenderer ipcRenderer) {
      this.typed = Typed.of(ipcRenderer);
    }

    /**
     * Adds a listener of {@link Progress#progress}.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onProgress(ProgressListener listener) {
      return typed.on(PROGRESS_CHANNEL, listener);
    }

    /**
     * Adds a listener of {@link Progress#progress} that is removed before it runs for the first message.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onceProgress(ProgressListener listener) {
      return typed.once(PROGRESS_CHANNEL, listener);
    }

    /**
     * Adds a listener of {@link Progress#done}.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onDone(DoneListener listener) {
      return typed.on(DONE_CHANNEL, listener);
    }

    /**
     * Adds a listener of {@link Progress#done} that is removed before it runs for the first message.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onceDone(DoneListener listener) {
      return typed.once(DONE_CHANNEL, listener);
    }

    /**
     * Adds a listener of {@link Progress#reset}.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onReset(ResetListener listener) {
      return typed.on(RESET_CHANNEL, listener);
    }

    /**
     * Adds a listener of {@link Progress#reset} that is removed before it runs for the first message.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onceReset(ResetListener listener) {
      return typed.once(RESET_CHANNEL, listener);
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
      Registration[] registrations = new Registration[3];
      try {
        registrations[0] = onProgress(handler::progress);
        registrations[1] = onDone(handler::done);
        registrations[2] = onReset(handler::reset);
      } catch (RuntimeException | Error e) {
        closeAll(registrations);
        throw e;
      }
      return () -> closeAll(registrations);
    }
  }

  private static final class Sender implements Progress {
    private final TypedSender target;

    Sender(TypedSender target) {
      this.target = target;
    }

    @Override
    public void progress(String task, int percent) {
      this.target.send(PROGRESS_CHANNEL, new ProgressArgs(task, percent));
    }

    @Override
    public void done(long jobId) {
      this.target.send(DONE_CHANNEL, jobId);
    }

    @Override
    public void reset() {
      this.target.send(RESET_CHANNEL, null);
    }
  }

  /**
   * The codecs, each built once: those of records, sealed interfaces and argument lists, made of
   * the methods below, then the composed ones, children before their parents.
   */
  private static final class Wire {
    static final Codec<ProgressArgs> PROGRESS_ARGS_CODEC = Codecs.of(Wire::encodeProgressArgs, Wire::decodeProgressArgs);

    static final Codec<String> STRING = Codecs.nullable(Codecs.STRING);

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
  }
}
