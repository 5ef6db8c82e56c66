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
import org.typedipc.runtime.IpcRendererInvokeEvent;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.spi.Channel;
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
 * Typed IPC for the events and invokes of {@link Crawler}, generated from the interface.
 *
 * <p>Main sends and invokes with {@link #to(Renderer)}, {@link #to(Frame)}, {@link #to(Renderer, Duration)}
 * or {@link #replyTo(IpcMainEvent)}; a renderer listens and answers with {@link #renderer(IpcRenderer)} or
 * {@link #register(IpcRenderer, Handler)}.
 */
@IpcGenerated("test.Crawler")
@Generated("org.typedipc.processor.IpcProcessor")
public final class CrawlerIpc {
  /**
   * The channel name of {@link Crawler#pages}.
   */
  public static final String PAGES = "Crawler:pages";

  /**
   * The channel name of {@link Crawler#sizes}.
   */
  public static final String SIZES = "Crawler:sizes";

  /**
   * The typed channel of {@link Crawler#pages}.
   */
  public static final Channel<PagesArgs, String> PAGES_CHANNEL = Channel.rendererInvoke(PAGES, Wire.PAGES_ARGS_CODEC, Wire.STRING,
      DeclaredExceptions.of(DeclaredExceptions.declared(BusyException.class, Wire.BUSY_EXCEPTION_CODEC)));

  /**
   * The typed channel of {@link Crawler#sizes}.
   */
  public static final Channel<Void, Long> SIZES_CHANNEL = Channel.rendererInvoke(SIZES, Codec.none(), Wire.LONG);

  /**
   * Every channel with its canonical signature and that signature's fingerprint, in declaration order.
   */
  public static final List<ChannelDescriptor> CHANNELS = List.of(
      new ChannelDescriptor(PAGES, "RENDERER_STREAM",
          "RENDERER_STREAM Crawler:pages(java.lang.String,int)->java.lang.String throws test.BusyException(queued:int)",
          "1db63a6ce0d3725c09fbe8896410b1f86ef32e92a925103f330af375b543ee37"),
      new ChannelDescriptor(SIZES, "RENDERER_STREAM",
          "RENDERER_STREAM Crawler:sizes()->java.lang.Long",
          "e93e95aa8ac044c936630efcf585caa999609f939cd72884289eeed2ac09768b"));

  /**
   * The contract as the cross-process handshake compares it: its fingerprint covers every channel's
   * name, kind and types (the SHA-256 of the {@link #CHANNELS} signatures, one per line).
   */
  public static final ContractDescriptor DESCRIPTOR = new ContractDescriptor("test.Crawler",
      "e2a70919d35b86843eab45b14dd72ee351909163fdddda31c1c7be787321c76d");

  private CrawlerIpc() {
  }

  /**
   * A {@link Crawler} that calls the main frame of {@code renderer}.
   *
   * @param renderer the renderer whose main frame gets the calls
   * @return the sender
   */
  public static Client to(Renderer renderer) {
    return new Sender(Typed.of(Objects.requireNonNull(renderer, "renderer")));
  }

  /**
   * A {@link Crawler} that calls {@code frame}.
   *
   * @param frame the frame that gets the calls
   * @return the sender
   */
  public static Client to(Frame frame) {
    return new Sender(Typed.of(Objects.requireNonNull(frame, "frame")));
  }

  /**
   * A {@link Crawler} that calls the frame that sent {@code event}.
   *
   * @param event the event whose sender frame gets the calls
   * @return the sender
   */
  public static Client replyTo(IpcMainEvent event) {
    return new Sender(Typed.of(Objects.requireNonNull(event, "event").senderFrame()));
  }

  /**
   * A {@link Crawler} that calls the main frame of {@code renderer}, each invoke failing with
   * {@code IpcTimeoutException} if not answered within {@code deadline}.
   *
   * @param renderer the target of the calls
   * @param deadline how long each invoke waits for its answer
   * @return the sender
   */
  public static Client to(Renderer renderer, Duration deadline) {
    return new Sender(Typed.of(Objects.requireNonNull(renderer, "renderer")).withDeadline(Objects.requireNonNull(deadline, "deadline")));
  }

  /**
   * A {@link Crawler} that calls {@code frame}, each invoke failing with
   * {@code IpcTimeoutException} if not answered within {@code deadline}.
   *
   * @param frame the target of the calls
   * @param deadline how long each invoke waits for its answer
   * @return the sender
   */
  public static Client to(Frame frame, Duration deadline) {
    return new Sender(Typed.of(Objects.requireNonNull(frame, "frame")).withDeadline(Objects.requireNonNull(deadline, "deadline")));
  }

  /**
   * Typed listeners and handlers of {@link Crawler} on a renderer frame.
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
   * Every event and invoke of {@link Crawler}, received in a renderer: the event first, then the
   * arguments.
   */
  public interface Handler {
    /**
     * Answers a call of {@link Crawler#pages}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param site the call's {@code site} argument
     * @param depth the call's {@code depth} argument
     * @return the publisher of the stream's items
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    Flow.Publisher<String> pages(IpcRendererInvokeEvent event, String site, int depth) throws
        Exception;

    /**
     * Answers a call of {@link Crawler#sizes}.
     *
     * @param event the message's event: its sender, and how to reply
     * @return the publisher of the stream's items
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    Flow.Publisher<Long> sizes(IpcRendererInvokeEvent event) throws Exception;
  }

  /**
   * Produces the streams of {@link Crawler#pages}: returns the publisher of their {@code String} items.
   *
   * @param <R> what the handler returns
   */
  @FunctionalInterface
  public interface PagesHandler<R> extends RendererChannelHandler<PagesArgs, String> {
    /**
     * Answers a call of {@link Crawler#pages}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param site the call's {@code site} argument
     * @param depth the call's {@code depth} argument
     * @return the publisher of the stream's items
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    R pages(IpcRendererInvokeEvent event, String site, int depth) throws Exception;

    @Override
    default Object handle(IpcRendererInvokeEvent event, PagesArgs args) throws Exception {
      return this.pages(event, args.site(), args.depth());
    }
  }

  /**
   * The arguments of {@link Crawler#pages} as one value.
   *
   * @param site the call's {@code site} argument
   * @param depth the call's {@code depth} argument
   */
  public record PagesArgs(String site, int depth) {
  }

  /**
   * Produces the streams of {@link Crawler#sizes}: returns the publisher of their {@code Long} items.
   *
   * @param <R> what the handler returns
   */
  @FunctionalInterface
  public interface SizesHandler<R> extends RendererChannelHandler<Void, Long> {
    /**
     * Answers a call of {@link Crawler#sizes}.
     *
     * @param event the message's event: its sender, and how to reply
     * @return the publisher of the stream's items
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    R sizes(IpcRendererInvokeEvent event) throws Exception;

    @Override
    default Object handle(IpcRendererInvokeEvent event, Void args) throws Exception {
      return this.sizes(event);
    }
  }

  /**
   * Typed listeners and handlers of {@link Crawler} on one renderer frame. Each registration's {@code close()}
   * removes it; {@code ipcRenderer.removeAllListeners(NAME)} removes a channel's listeners,
   * {@code ipcRenderer.removeHandler(NAME)} its handler.
   */
  public static final class Registrar {
    private final TypedRenderer typed;

    private Registrar(IpcRenderer ipcRenderer) {
      this.typed = Typed.of(ipcRenderer);
    }

    /**
     * Sets the producer of {@link Crawler#pages}'s streams; fails if this frame already has one.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handlePages(
        PagesHandler<? extends Flow.Publisher<? extends String>> handler) {
      return typed.handle(PAGES_CHANNEL, handler);
    }

    /**
     * Sets a producer of {@link Crawler#pages} that serves one stream.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOncePages(
        PagesHandler<? extends Flow.Publisher<? extends String>> handler) {
      return typed.handleOnce(PAGES_CHANNEL, handler);
    }

    /**
     * Sets the producer of {@link Crawler#sizes}'s streams; fails if this frame already has one.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleSizes(
        SizesHandler<? extends Flow.Publisher<? extends Long>> handler) {
      return typed.handle(SIZES_CHANNEL, handler);
    }

    /**
     * Sets a producer of {@link Crawler#sizes} that serves one stream.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceSizes(
        SizesHandler<? extends Flow.Publisher<? extends Long>> handler) {
      return typed.handleOnce(SIZES_CHANNEL, handler);
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
        registrations[0] = handlePages(handler::pages);
        registrations[1] = handleSizes(handler::sizes);
      } catch (RuntimeException | Error e) {
        closeAll(registrations);
        throw e;
      }
      return () -> closeAll(registrations);
    }
  }

  /**
   * {@link Crawler} as {@code to} and {@code replyTo} return it: a stream's declared exception ends the
   * stream, arriving in the subscriber's {@code onError} as itself, so calling the method throws none.
   */
  public interface Client extends Crawler {
    /**
     * Opens the stream of {@link Crawler#pages}; a declared exception arrives in {@code onError}.
     *
     * @param site as for {@link Crawler#pages}
     * @param depth as for {@link Crawler#pages}
     * @return the stream's publisher; each subscription opens one stream
     */
    @Override
    Flow.Publisher<String> pages(String site, int depth);
  }

  private static final class Sender implements Client {
    private final TypedTarget target;

    Sender(TypedTarget target) {
      this.target = target;
    }

    @Override
    public Flow.Publisher<String> pages(String site, int depth) {
      return this.target.stream(PAGES_CHANNEL, new PagesArgs(site, depth));
    }

    @Override
    public Flow.Publisher<Long> sizes() {
      return this.target.stream(SIZES_CHANNEL, null);
    }
  }

  /**
   * The codecs, each built once: those of records, sealed interfaces and argument lists, made of
   * the methods below, then the composed ones, children before their parents.
   */
  private static final class Wire {
    static final Codec<PagesArgs> PAGES_ARGS_CODEC = Codecs.of(Wire::encodePagesArgs, Wire::decodePagesArgs);

    static final Codec<BusyException> BUSY_EXCEPTION_CODEC = Codecs.of(Wire::encodeBusyException, Wire::decodeBusyException);

    static final Codec<String> STRING = Codecs.nullable(Codecs.STRING);

    static final Codec<Long> LONG = Codecs.nullable(Codecs.LONG);

    private Wire() {
    }

    private static void encodePagesArgs(WireWriter out, PagesArgs value) {
      Wire.STRING.encode(out, value.site());
      out.writeInt(value.depth());
    }

    private static PagesArgs decodePagesArgs(WireReader in) {
      String site = Wire.STRING.decode(in);
      int depth = in.readInt();
      return new PagesArgs(site, depth);
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
