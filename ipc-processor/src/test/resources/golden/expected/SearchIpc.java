package test;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import javax.annotation.processing.Generated;
import org.typedipc.api.ChannelDescriptor;
import org.typedipc.api.IpcGenerated;
import org.typedipc.runtime.ContractDescriptor;
import org.typedipc.runtime.IpcMainInvokeEvent;
import org.typedipc.runtime.IpcMainScope;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.ChannelHandler;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.DeclaredExceptions;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.spi.TypedRenderer;
import org.typedipc.runtime.spi.TypedScope;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/**
 * Typed IPC for {@link Search}, generated from the contract.
 *
 * <p>A renderer calls main through {@link #renderer(IpcRenderer)}; main serves the channels with
 * {@link #main(IpcMainScope)} or {@link #register(IpcMainScope, Handler)}.
 */
@IpcGenerated("test.Search")
@Generated("org.typedipc.processor.IpcProcessor")
public final class SearchIpc {
  /**
   * The channel name of {@link Search#hits}.
   */
  public static final String HITS = "Search:hits";

  /**
   * The channel name of {@link Search#ticks}.
   */
  public static final String TICKS = "Search:ticks";

  /**
   * The channel name of {@link Search#count}.
   */
  public static final String COUNT = "Search:count";

  /**
   * The typed channel of {@link Search#hits}.
   */
  public static final Channel<HitsArgs, String> HITS_CHANNEL = Channel.invoke(HITS, Wire.HITS_ARGS_CODEC, Wire.STRING);

  /**
   * The typed channel of {@link Search#ticks}.
   */
  public static final Channel<Void, Long> TICKS_CHANNEL = Channel.invoke(TICKS, Codec.none(), Wire.LONG,
      DeclaredExceptions.of(DeclaredExceptions.declared(BusyException.class, Wire.BUSY_EXCEPTION_CODEC)));

  /**
   * The typed channel of {@link Search#count}.
   */
  public static final Channel<String, Integer> COUNT_CHANNEL = Channel.invoke(COUNT, Wire.STRING, Wire.INTEGER);

  /**
   * Every channel with its canonical signature and that signature's fingerprint, in declaration order.
   */
  public static final List<ChannelDescriptor> CHANNELS = List.of(
      new ChannelDescriptor(HITS, "STREAM",
          "STREAM Search:hits(java.lang.String,int)->java.lang.String",
          "6f9671ab1df795c2fb9db49290919d7effd1259039fa39744ce8b4a7e6f6677d"),
      new ChannelDescriptor(TICKS, "STREAM",
          "STREAM Search:ticks()->java.lang.Long throws test.BusyException(queued:int)",
          "a9a99984e4f292c25a61ca670befd4e0cdef267591049493183e01c8fc68831a"),
      new ChannelDescriptor(COUNT, "INVOKE",
          "INVOKE Search:count(java.lang.String)->java.lang.Integer",
          "475a075d87ec22d703d6976ed43d64ecabcc80a688f54919f304debc61e8b95a"));

  /**
   * The contract as the cross-process handshake compares it: its fingerprint covers every channel's
   * name, kind and types (the SHA-256 of the {@link #CHANNELS} signatures, one per line).
   */
  public static final ContractDescriptor DESCRIPTOR = new ContractDescriptor("test.Search",
      "d95c4867461859e1c48fd38ea4086dffeb343c149b4e2dec54c0dd35869068fa");

  private SearchIpc() {
  }

  /**
   * A {@link Search} whose calls go over IPC from this renderer frame to main.
   *
   * @param ipcRenderer the renderer frame the calls come from
   * @return the proxy
   */
  public static Client renderer(IpcRenderer ipcRenderer) {
    return new RendererProxy(Objects.requireNonNull(ipcRenderer, "ipcRenderer"));
  }

  /**
   * Typed listeners and handlers of {@link Search} on {@code scope}: the global {@code IpcMain}, a
   * renderer's {@code ipc()} or a frame's {@code ipc()}.
   *
   * @param scope the scope to register on
   * @return the registrar
   */
  public static Registrar main(IpcMainScope scope) {
    return new Registrar(Objects.requireNonNull(scope, "scope"));
  }

  /**
   * Registers every method of {@code handler} on {@code scope}; closing the result removes them all.
   *
   * @param scope the scope to register on
   * @param handler the implementation whose methods serve the channels
   * @return one registration of them all
   */
  public static Registration register(IpcMainScope scope, Handler handler) {
    return main(scope).register(handler);
  }

  private static void closeAll(Registration[] registrations) {
    for (int i = registrations.length - 1; i >= 0; i--) {
      if (registrations[i] != null) {
        registrations[i].close();
      }
    }
  }

  /**
   * Serves every channel of {@link Search} in main: the event first, then the arguments.
   */
  public interface Handler {
    /**
     * Answers a call of {@link Search#hits}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param query the call's {@code query} argument
     * @param limit the call's {@code limit} argument
     * @return the publisher of the stream's items
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    Flow.Publisher<String> hits(IpcMainInvokeEvent event, String query, int limit) throws Exception;

    /**
     * Answers a call of {@link Search#ticks}.
     *
     * @param event the message's event: its sender, and how to reply
     * @return the publisher of the stream's items
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    Flow.Publisher<Long> ticks(IpcMainInvokeEvent event) throws Exception;

    /**
     * Answers a call of {@link Search#count}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param query the call's {@code query} argument
     * @return a stage that completes with the answer
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    CompletionStage<Integer> count(IpcMainInvokeEvent event, String query) throws Exception;
  }

  /**
   * Produces the streams of {@link Search#hits}: returns the publisher of their {@code String} items.
   *
   * @param <R> what the handler returns
   */
  @FunctionalInterface
  public interface HitsHandler<R> extends ChannelHandler<HitsArgs, String> {
    /**
     * Answers a call of {@link Search#hits}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param query the call's {@code query} argument
     * @param limit the call's {@code limit} argument
     * @return the publisher of the stream's items
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    R hits(IpcMainInvokeEvent event, String query, int limit) throws Exception;

    @Override
    default Object handle(IpcMainInvokeEvent event, HitsArgs args) throws Exception {
      return this.hits(event, args.query(), args.limit());
    }
  }

  /**
   * The arguments of {@link Search#hits} as one value.
   *
   * @param query the call's {@code query} argument
   * @param limit the call's {@code limit} argument
   */
  public record HitsArgs(String query, int limit) {
  }

  /**
   * Produces the streams of {@link Search#ticks}: returns the publisher of their {@code Long} items.
   *
   * @param <R> what the handler returns
   */
  @FunctionalInterface
  public interface TicksHandler<R> extends ChannelHandler<Void, Long> {
    /**
     * Answers a call of {@link Search#ticks}.
     *
     * @param event the message's event: its sender, and how to reply
     * @return the publisher of the stream's items
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    R ticks(IpcMainInvokeEvent event) throws Exception;

    @Override
    default Object handle(IpcMainInvokeEvent event, Void args) throws Exception {
      return this.ticks(event);
    }
  }

  /**
   * Answers {@link Search#count} with a {@code Integer}, or, for the {@code Async} registrations, a
   * {@code CompletionStage} of one.
   *
   * @param <R> what the handler returns
   */
  @FunctionalInterface
  public interface CountHandler<R> extends ChannelHandler<String, Integer> {
    /**
     * Answers a call of {@link Search#count}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param query the call's {@code query} argument
     * @return the answer: the result itself, or for the {@code Async} registrations a stage of it
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    R count(IpcMainInvokeEvent event, String query) throws Exception;

    @Override
    default Object handle(IpcMainInvokeEvent event, String args) throws Exception {
      return this.count(event, args);
    }
  }

  /**
   * Typed listeners and handlers of {@link Search} on one main-side scope. Each registration's
   * {@code close()} removes exactly that registration; {@code scope.removeHandler(NAME)} and
   * {@code scope.removeAllListeners(NAME)} remove by the channel's name constant.
   */
  public static final class Registrar {
    private final TypedScope typed;

    private Registrar(IpcMainScope scope) {
      this.typed = Typed.of(scope);
    }

    /**
     * Sets the producer of {@link Search#hits}'s streams; fails if this scope already has one.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleHits(
        HitsHandler<? extends Flow.Publisher<? extends String>> handler) {
      return typed.handle(HITS_CHANNEL, handler);
    }

    /**
     * Sets a producer of {@link Search#hits} that serves one stream.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceHits(
        HitsHandler<? extends Flow.Publisher<? extends String>> handler) {
      return typed.handleOnce(HITS_CHANNEL, handler);
    }

    /**
     * Sets the producer of {@link Search#ticks}'s streams; fails if this scope already has one.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleTicks(
        TicksHandler<? extends Flow.Publisher<? extends Long>> handler) {
      return typed.handle(TICKS_CHANNEL, handler);
    }

    /**
     * Sets a producer of {@link Search#ticks} that serves one stream.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceTicks(
        TicksHandler<? extends Flow.Publisher<? extends Long>> handler) {
      return typed.handleOnce(TICKS_CHANNEL, handler);
    }

    /**
     * Sets the handler of {@link Search#count}; fails if this scope already has one.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleCount(CountHandler<Integer> handler) {
      return typed.handle(COUNT_CHANNEL, handler);
    }

    /**
     * Sets the handler of {@link Search#count} that answers with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleCountAsync(CountHandler<? extends CompletionStage<Integer>> handler) {
      return typed.handle(COUNT_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Search#count} that answers one invoke.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceCount(CountHandler<Integer> handler) {
      return typed.handleOnce(COUNT_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Search#count} that answers one invoke with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceCountAsync(
        CountHandler<? extends CompletionStage<Integer>> handler) {
      return typed.handleOnce(COUNT_CHANNEL, handler);
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
        registrations[0] = handleHits(handler::hits);
        registrations[1] = handleTicks(handler::ticks);
        registrations[2] = handleCountAsync(handler::count);
      } catch (RuntimeException | Error e) {
        closeAll(registrations);
        throw e;
      }
      return () -> closeAll(registrations);
    }
  }

  /**
   * {@link Search} as {@link #renderer(IpcRenderer)} returns it: a stream's declared exception ends the
   * stream, arriving in the subscriber's {@code onError} as itself, so calling the method throws none.
   */
  public interface Client extends Search {
    /**
     * Opens the stream of {@link Search#ticks}; a declared exception arrives in {@code onError}.
     *
     * @return the stream's publisher; each subscription opens one stream
     */
    @Override
    Flow.Publisher<Long> ticks();
  }

  private static final class RendererProxy implements Client {
    private final TypedRenderer ipcRenderer;

    RendererProxy(IpcRenderer ipcRenderer) {
      this.ipcRenderer = Typed.of(ipcRenderer);
    }

    @Override
    public Flow.Publisher<String> hits(String query, int limit) {
      return this.ipcRenderer.stream(HITS_CHANNEL, new HitsArgs(query, limit));
    }

    @Override
    public Flow.Publisher<Long> ticks() {
      return this.ipcRenderer.stream(TICKS_CHANNEL, null);
    }

    @Override
    public CompletableFuture<Integer> count(String query) {
      return this.ipcRenderer.invoke(COUNT_CHANNEL, query);
    }
  }

  /**
   * The codecs, each built once: those of records, sealed interfaces and argument lists, made of
   * the methods below, then the composed ones, children before their parents.
   */
  private static final class Wire {
    static final Codec<HitsArgs> HITS_ARGS_CODEC = Codecs.of(Wire::encodeHitsArgs, Wire::decodeHitsArgs);

    static final Codec<BusyException> BUSY_EXCEPTION_CODEC = Codecs.of(Wire::encodeBusyException, Wire::decodeBusyException);

    static final Codec<String> STRING = Codecs.nullable(Codecs.STRING);

    static final Codec<Long> LONG = Codecs.nullable(Codecs.LONG);

    static final Codec<Integer> INTEGER = Codecs.nullable(Codecs.INT);

    private Wire() {
    }

    private static void encodeHitsArgs(WireWriter out, HitsArgs value) {
      Wire.STRING.encode(out, value.query());
      out.writeInt(value.limit());
    }

    private static HitsArgs decodeHitsArgs(WireReader in) {
      String query = Wire.STRING.decode(in);
      int limit = in.readInt();
      return new HitsArgs(query, limit);
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
