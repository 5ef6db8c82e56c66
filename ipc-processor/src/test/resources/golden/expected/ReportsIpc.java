package test;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;
import org.typedipc.api.ChannelDescriptor;
import org.typedipc.api.IpcGenerated;
import org.typedipc.runtime.ContractDescriptor;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainInvokeEvent;
import org.typedipc.runtime.IpcMainScope;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.ChannelHandler;
import org.typedipc.runtime.spi.ChannelListener;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.spi.TypedRenderer;
import org.typedipc.runtime.spi.TypedScope;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/**
 * Typed IPC for {@link Reports}, generated from the contract.
 *
 * <p>A renderer calls main through {@link #renderer(IpcRenderer)}; main serves the channels with
 * {@link #main(IpcMainScope)} or {@link #register(IpcMainScope, Handler)}.
 */
@IpcGenerated("test.Reports")
@Generated("org.typedipc.processor.IpcProcessor")
public final class ReportsIpc {
  /**
   * The channel name of {@link Reports#latest}.
   */
  public static final String LATEST = "Reports:latest";

  /**
   * The channel name of {@link Reports#file}.
   */
  public static final String FILE = "Reports:file";

  /**
   * The channel name of {@link Reports#clear}.
   */
  public static final String CLEAR = "Reports:clear";

  /**
   * The channel name of {@link Reports#count}.
   */
  public static final String COUNT = "Reports:count";

  /**
   * The typed channel of {@link Reports#latest}.
   */
  public static final Channel<Override, Error> LATEST_CHANNEL = Channel.invoke(LATEST, Wire.OVERRIDE, Wire.ERROR);

  /**
   * The typed channel of {@link Reports#file}.
   */
  public static final Channel<FileArgs, java.lang.Void> FILE_CHANNEL = Channel.send(FILE, Wire.FILE_ARGS_CODEC);

  /**
   * The typed channel of {@link Reports#clear}.
   */
  public static final Channel<java.lang.Void, java.lang.Void> CLEAR_CHANNEL = Channel.invoke(CLEAR, Codec.none(), Codec.none());

  /**
   * The typed channel of {@link Reports#count}.
   */
  public static final Channel<java.lang.Void, Integer> COUNT_CHANNEL = Channel.sendSync(COUNT, Codec.none(), Codecs.INT);

  /**
   * Every channel with its canonical signature and that signature's fingerprint, in declaration order.
   */
  public static final List<ChannelDescriptor> CHANNELS = List.of(
      new ChannelDescriptor(LATEST, "INVOKE",
          "INVOKE Reports:latest(test.Override)->test.Error;test.Override=record(pattern:java.lang.String);test.Error=record(message:java.lang.String,code:int)",
          "b605f808c58e9213af53e9213de283efd9a91d1861f23f84a9f7c8cd37405c84"),
      new ChannelDescriptor(FILE, "SEND",
          "SEND Reports:file(test.Error,test.Void);test.Error=record(message:java.lang.String,code:int);test.Void=record(why:java.lang.String)",
          "44902797d900274faa75c80007df0cbe9f96df83531728b4624878e3161da8de"),
      new ChannelDescriptor(CLEAR, "INVOKE",
          "INVOKE Reports:clear()->java.lang.Void",
          "26bb21666d0610d8a217584a07d89bc4b9ccfc6c23effb8fa31263bdbd8fffe6"),
      new ChannelDescriptor(COUNT, "SEND_SYNC",
          "SEND_SYNC Reports:count()->int",
          "7bac67cd48f70a9935d62f511abd48989608a5e48f77b2146de817ccea1b4778"));

  /**
   * The contract as the cross-process handshake compares it: its fingerprint covers every channel's
   * name, kind and types (the SHA-256 of the {@link #CHANNELS} signatures, one per line).
   */
  public static final ContractDescriptor DESCRIPTOR = new ContractDescriptor("test.Reports",
      "a09c251bdaf8180e37469c3bb82f98bac038a50015dce5fc21b13d7ad3b70ac8");

  private ReportsIpc() {
  }

  /**
   * A {@link Reports} whose calls go over IPC from this renderer frame to main.
   *
   * @param ipcRenderer the renderer frame the calls come from
   * @return the proxy
   */
  public static Reports renderer(IpcRenderer ipcRenderer) {
    return new RendererProxy(Objects.requireNonNull(ipcRenderer, "ipcRenderer"));
  }

  /**
   * Typed listeners and handlers of {@link Reports} on {@code scope}: the global {@code IpcMain}, a
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
   * Serves every channel of {@link Reports} in main: the event first, then the arguments.
   */
  public interface Handler {
    /**
     * Answers a call of {@link Reports#latest}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param filter the call's {@code filter} argument
     * @return a stage that completes with the answer
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    CompletionStage<Error> latest(IpcMainInvokeEvent event, Override filter) throws Exception;

    /**
     * Receives a call of {@link Reports#file}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param error the call's {@code error} argument
     * @param reason the call's {@code reason} argument
     */
    void file(IpcMainEvent event, Error error, Void reason);

    /**
     * Answers a call of {@link Reports#clear}.
     *
     * @param event the message's event: its sender, and how to reply
     * @return a stage that completes with the answer
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    CompletionStage<java.lang.Void> clear(IpcMainInvokeEvent event) throws Exception;

    /**
     * Answers a call of {@link Reports#count}.
     *
     * @param event the message's event: its sender, and how to reply
     * @return the value the caller's {@code sendSync} returns
     */
    int count(IpcMainEvent event);
  }

  /**
   * Answers {@link Reports#latest} with a {@code Error}, or, for the {@code Async} registrations, a
   * {@code CompletionStage} of one.
   *
   * @param <R> what the handler returns
   */
  @FunctionalInterface
  public interface LatestHandler<R> extends ChannelHandler<Override, Error> {
    /**
     * Answers a call of {@link Reports#latest}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param filter the call's {@code filter} argument
     * @return the answer: the result itself, or for the {@code Async} registrations a stage of it
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    R latest(IpcMainInvokeEvent event, Override filter) throws Exception;

    @java.lang.Override
    default Object handle(IpcMainInvokeEvent event, Override args) throws Exception {
      return this.latest(event, args);
    }
  }

  /**
   * Receives {@link Reports#file} messages.
   */
  @FunctionalInterface
  public interface FileListener extends ChannelListener<IpcMainEvent, FileArgs> {
    /**
     * Receives a call of {@link Reports#file}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param error the call's {@code error} argument
     * @param reason the call's {@code reason} argument
     */
    void file(IpcMainEvent event, Error error, Void reason);

    @java.lang.Override
    default void onMessage(IpcMainEvent event, FileArgs args) {
      this.file(event, args.error(), args.reason());
    }
  }

  /**
   * The arguments of {@link Reports#file} as one value.
   */
  public record FileArgs(Error error, Void reason) {
  }

  /**
   * Answers {@link Reports#clear} with a {@code java.lang.Void}, or, for the {@code Async} registrations, a
   * {@code CompletionStage} of one.
   *
   * @param <R> what the handler returns
   */
  @FunctionalInterface
  public interface ClearHandler<R> extends ChannelHandler<java.lang.Void, java.lang.Void> {
    /**
     * Answers a call of {@link Reports#clear}.
     *
     * @param event the message's event: its sender, and how to reply
     * @return the answer: the result itself, or for the {@code Async} registrations a stage of it
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    R clear(IpcMainInvokeEvent event) throws Exception;

    @java.lang.Override
    default Object handle(IpcMainInvokeEvent event, java.lang.Void args) throws Exception {
      return this.clear(event);
    }
  }

  /**
   * Answers {@link Reports#count} with its return value.
   */
  @FunctionalInterface
  public interface CountListener extends ChannelListener<IpcMainEvent, java.lang.Void> {
    /**
     * Answers a call of {@link Reports#count}.
     *
     * @param event the message's event: its sender, and how to reply
     * @return the value the caller's {@code sendSync} returns
     */
    int count(IpcMainEvent event);

    @java.lang.Override
    default void onMessage(IpcMainEvent event, java.lang.Void args) {
      Typed.of(event).setReturnValue(COUNT_CHANNEL, this.count(event));
    }
  }

  /**
   * Typed listeners and handlers of {@link Reports} on one main-side scope. Each registration's
   * {@code close()} removes exactly that registration; {@code scope.removeHandler(NAME)} and
   * {@code scope.removeAllListeners(NAME)} remove by the channel's name constant.
   */
  public static final class Registrar {
    private final TypedScope typed;

    private Registrar(IpcMainScope scope) {
      this.typed = Typed.of(scope);
    }

    /**
     * Sets the handler of {@link Reports#latest}; fails if this scope already has one.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleLatest(LatestHandler<Error> handler) {
      return typed.handle(LATEST_CHANNEL, handler);
    }

    /**
     * Sets the handler of {@link Reports#latest} that answers with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleLatestAsync(LatestHandler<? extends CompletionStage<Error>> handler) {
      return typed.handle(LATEST_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Reports#latest} that answers one invoke.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceLatest(LatestHandler<Error> handler) {
      return typed.handleOnce(LATEST_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Reports#latest} that answers one invoke with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceLatestAsync(
        LatestHandler<? extends CompletionStage<Error>> handler) {
      return typed.handleOnce(LATEST_CHANNEL, handler);
    }

    /**
     * Adds a listener of {@link Reports#file}.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onFile(FileListener listener) {
      return typed.on(FILE_CHANNEL, listener);
    }

    /**
     * Adds a listener of {@link Reports#file} that is removed before it runs for the first message.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onceFile(FileListener listener) {
      return typed.once(FILE_CHANNEL, listener);
    }

    /**
     * Sets the handler of {@link Reports#clear}; fails if this scope already has one.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleClear(ClearHandler<java.lang.Void> handler) {
      return typed.handle(CLEAR_CHANNEL, handler);
    }

    /**
     * Sets the handler of {@link Reports#clear} that answers with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleClearAsync(
        ClearHandler<? extends CompletionStage<java.lang.Void>> handler) {
      return typed.handle(CLEAR_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Reports#clear} that answers one invoke.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceClear(ClearHandler<java.lang.Void> handler) {
      return typed.handleOnce(CLEAR_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Reports#clear} that answers one invoke with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceClearAsync(
        ClearHandler<? extends CompletionStage<java.lang.Void>> handler) {
      return typed.handleOnce(CLEAR_CHANNEL, handler);
    }

    /**
     * Adds a listener of {@link Reports#count}.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onCount(CountListener listener) {
      return typed.on(COUNT_CHANNEL, listener);
    }

    /**
     * Adds a listener of {@link Reports#count} that is removed before it runs for the first message.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onceCount(CountListener listener) {
      return typed.once(COUNT_CHANNEL, listener);
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
      Registration[] registrations = new Registration[4];
      try {
        registrations[0] = handleLatestAsync(handler::latest);
        registrations[1] = onFile(handler::file);
        registrations[2] = handleClearAsync(handler::clear);
        registrations[3] = onCount(handler::count);
      } catch (RuntimeException | java.lang.Error e) {
        closeAll(registrations);
        throw e;
      }
      return () -> closeAll(registrations);
    }
  }

  private static final class RendererProxy implements Reports {
    private final TypedRenderer ipcRenderer;

    RendererProxy(IpcRenderer ipcRenderer) {
      this.ipcRenderer = Typed.of(ipcRenderer);
    }

    @java.lang.Override
    public CompletableFuture<Error> latest(Override filter) {
      return this.ipcRenderer.invoke(LATEST_CHANNEL, filter);
    }

    @java.lang.Override
    public void file(Error error, Void reason) {
      this.ipcRenderer.send(FILE_CHANNEL, new FileArgs(error, reason));
    }

    @java.lang.Override
    public CompletableFuture<java.lang.Void> clear() {
      return this.ipcRenderer.invoke(CLEAR_CHANNEL, null);
    }

    @java.lang.Override
    public int count() {
      return this.ipcRenderer.sendSync(COUNT_CHANNEL, null);
    }
  }

  /**
   * The codecs, each built once: those of records, sealed interfaces and argument lists, made of
   * the methods below, then the composed ones, children before their parents.
   */
  private static final class Wire {
    static final Codec<Override> OVERRIDE_CODEC = Codecs.of(Wire::encodeOverride, Wire::decodeOverride);

    static final Codec<Error> ERROR_CODEC = Codecs.of(Wire::encodeError, Wire::decodeError);

    static final Codec<Void> VOID_CODEC = Codecs.of(Wire::encodeVoid, Wire::decodeVoid);

    static final Codec<FileArgs> FILE_ARGS_CODEC = Codecs.of(Wire::encodeFileArgs, Wire::decodeFileArgs);

    static final Codec<Override> OVERRIDE = Codecs.nullable(Wire.OVERRIDE_CODEC);

    static final Codec<Error> ERROR = Codecs.nullable(Wire.ERROR_CODEC);

    static final Codec<Void> VOID = Codecs.nullable(Wire.VOID_CODEC);

    static final Codec<String> STRING = Codecs.nullable(Codecs.STRING);

    private Wire() {
    }

    private static void encodeOverride(WireWriter out, Override value) {
      out.enter("Override");
      Wire.STRING.encode(out, value.pattern());
      out.exit();
    }

    private static Override decodeOverride(WireReader in) {
      in.enter();
      String pattern = Wire.STRING.decode(in);
      in.exit();
      return new Override(pattern);
    }

    private static void encodeError(WireWriter out, Error value) {
      out.enter("Error");
      Wire.STRING.encode(out, value.message());
      out.writeInt(value.code());
      out.exit();
    }

    private static Error decodeError(WireReader in) {
      in.enter();
      String message = Wire.STRING.decode(in);
      int code = in.readInt();
      in.exit();
      return new Error(message, code);
    }

    private static void encodeVoid(WireWriter out, Void value) {
      out.enter("Void");
      Wire.STRING.encode(out, value.why());
      out.exit();
    }

    private static Void decodeVoid(WireReader in) {
      in.enter();
      String why = Wire.STRING.decode(in);
      in.exit();
      return new Void(why);
    }

    private static void encodeFileArgs(WireWriter out, FileArgs value) {
      Wire.ERROR.encode(out, value.error());
      Wire.VOID.encode(out, value.reason());
    }

    private static FileArgs decodeFileArgs(WireReader in) {
      Error error = Wire.ERROR.decode(in);
      Void reason = Wire.VOID.decode(in);
      return new FileArgs(error, reason);
    }
  }
}
