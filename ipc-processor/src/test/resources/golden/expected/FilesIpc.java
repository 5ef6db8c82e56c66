package test;

import java.time.Instant;
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
import org.typedipc.runtime.SenderPolicy;
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
 * Typed IPC for {@link Files}, generated from the contract.
 *
 * <p>A renderer calls main through {@link #renderer(IpcRenderer)}; main serves the channels with
 * {@link #main(IpcMainScope)} or {@link #register(IpcMainScope, Handler)}.
 */
@IpcGenerated("test.Files")
@Generated("org.typedipc.processor.IpcProcessor")
public final class FilesIpc {
  /**
   * The channel name of {@link Files#read}.
   */
  public static final String READ = "files:read";

  /**
   * The channel name of {@link Files#log}.
   */
  public static final String LOG = "log";

  /**
   * The channel name of {@link Files#pageSize}.
   */
  public static final String PAGE_SIZE = "config:get";

  /**
   * The channel name of {@link Files#delete}.
   */
  public static final String DELETE = "Files:delete";

  /**
   * The typed channel of {@link Files#read}.
   */
  public static final Channel<String, FileContent> READ_CHANNEL = Channel.invoke(READ, Wire.STRING, Wire.FILE_CONTENT)
      .withSenders(SenderPolicy.MAIN_FRAME_ONLY);

  /**
   * The typed channel of {@link Files#log}.
   */
  public static final Channel<LogArgs, Void> LOG_CHANNEL = Channel.send(LOG, Wire.LOG_ARGS_CODEC);

  /**
   * The typed channel of {@link Files#pageSize}.
   */
  public static final Channel<Void, Integer> PAGE_SIZE_CHANNEL = Channel.sendSync(PAGE_SIZE, Codec.none(), Codecs.INT);

  /**
   * The typed channel of {@link Files#delete}.
   */
  public static final Channel<String, Void> DELETE_CHANNEL = Channel.invoke(DELETE, Wire.STRING, Codec.none());

  /**
   * Every channel with its canonical signature and that signature's fingerprint, in declaration order.
   */
  public static final List<ChannelDescriptor> CHANNELS = List.of(
      new ChannelDescriptor(READ, "INVOKE",
          "INVOKE files:read(java.lang.String)->test.FileContent;test.FileContent=record(path:java.lang.String,bytes:byte[],modified:java.time.Instant)",
          "b90cdd8cf65fa4d6d13cc11efc1563016f69b8efccb267e94ba638f91a9e5f3b"),
      new ChannelDescriptor(LOG, "SEND",
          "SEND log(test.Level,java.lang.String);test.Level=enum(INFO,WARN)",
          "abec95ade14522d83ccb3d9bd32bef182b4e57fa37917b4111bcf66a3c0e5a5b"),
      new ChannelDescriptor(PAGE_SIZE, "SEND_SYNC",
          "SEND_SYNC config:get()->int",
          "7744a40cdc556bdc33a3c723eee2d024f19a5f7126bb3562f345ce42ee402390"),
      new ChannelDescriptor(DELETE, "INVOKE",
          "INVOKE Files:delete(java.lang.String)->java.lang.Void",
          "fbf99536d23219c6929cbef0578c69cc5c4b0a2f250155975152b17e85e6ca9f"));

  /**
   * The contract as the cross-process handshake compares it: its fingerprint covers every channel's
   * name, kind and types (the SHA-256 of the {@link #CHANNELS} signatures, one per line).
   */
  public static final ContractDescriptor DESCRIPTOR = new ContractDescriptor("test.Files",
      "44b27f6c6a9aa5ca0a14dde6337b3540ae87bebb7ce7c913ebf85180f58ca213");

  private FilesIpc() {
  }

  /**
   * A {@link Files} whose calls go over IPC from this renderer frame to main.
   *
   * @param ipcRenderer the renderer frame the calls come from
   * @return the proxy
   */
  public static Files renderer(IpcRenderer ipcRenderer) {
    return new RendererProxy(Objects.requireNonNull(ipcRenderer, "ipcRenderer"));
  }

  /**
   * Typed listeners and handlers of {@link Files} on {@code scope}: the global {@code IpcMain}, a
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
   * Serves every channel of {@link Files} in main: the event first, then the arguments.
   */
  public interface Handler {
    /**
     * Answers a call of {@link Files#read}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param path the call's {@code path} argument
     * @return a stage that completes with the answer
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    CompletionStage<FileContent> read(IpcMainInvokeEvent event, String path) throws Exception;

    /**
     * Receives a call of {@link Files#log}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param level the call's {@code level} argument
     * @param text the call's {@code text} argument
     */
    void log(IpcMainEvent event, Level level, String text);

    /**
     * Answers a call of {@link Files#pageSize}.
     *
     * @param event the message's event: its sender, and how to reply
     * @return the value the caller's {@code sendSync} returns
     */
    int pageSize(IpcMainEvent event);

    /**
     * Answers a call of {@link Files#delete}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param path the call's {@code path} argument
     * @return a stage that completes with the answer
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    CompletionStage<Void> delete(IpcMainInvokeEvent event, String path) throws Exception;
  }

  /**
   * Answers {@link Files#read} with a {@code FileContent}, or, for the {@code Async} registrations, a
   * {@code CompletionStage} of one.
   *
   * @param <R> what the handler returns
   */
  @FunctionalInterface
  public interface ReadHandler<R> extends ChannelHandler<String, FileContent> {
    /**
     * Answers a call of {@link Files#read}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param path the call's {@code path} argument
     * @return the answer: the result itself, or for the {@code Async} registrations a stage of it
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    R read(IpcMainInvokeEvent event, String path) throws Exception;

    @Override
    default Object handle(IpcMainInvokeEvent event, String args) throws Exception {
      return this.read(event, args);
    }
  }

  /**
   * Receives {@link Files#log} messages.
   */
  @FunctionalInterface
  public interface LogListener extends ChannelListener<IpcMainEvent, LogArgs> {
    /**
     * Receives a call of {@link Files#log}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param level the call's {@code level} argument
     * @param text the call's {@code text} argument
     */
    void log(IpcMainEvent event, Level level, String text);

    @Override
    default void onMessage(IpcMainEvent event, LogArgs args) {
      this.log(event, args.level(), args.text());
    }
  }

  /**
   * The arguments of {@link Files#log} as one value.
   *
   * @param level the call's {@code level} argument
   * @param text the call's {@code text} argument
   */
  public record LogArgs(Level level, String text) {
  }

  /**
   * Answers {@link Files#pageSize} with its return value.
   */
  @FunctionalInterface
  public interface PageSizeListener extends ChannelListener<IpcMainEvent, Void> {
    /**
     * Answers a call of {@link Files#pageSize}.
     *
     * @param event the message's event: its sender, and how to reply
     * @return the value the caller's {@code sendSync} returns
     */
    int pageSize(IpcMainEvent event);

    @Override
    default void onMessage(IpcMainEvent event, Void args) {
      Typed.of(event).setReturnValue(PAGE_SIZE_CHANNEL, this.pageSize(event));
    }
  }

  /**
   * Answers {@link Files#delete} with a {@code Void}, or, for the {@code Async} registrations, a
   * {@code CompletionStage} of one.
   *
   * @param <R> what the handler returns
   */
  @FunctionalInterface
  public interface DeleteHandler<R> extends ChannelHandler<String, Void> {
    /**
     * Answers a call of {@link Files#delete}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param path the call's {@code path} argument
     * @return the answer: the result itself, or for the {@code Async} registrations a stage of it
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    R delete(IpcMainInvokeEvent event, String path) throws Exception;

    @Override
    default Object handle(IpcMainInvokeEvent event, String args) throws Exception {
      return this.delete(event, args);
    }
  }

  /**
   * Typed listeners and handlers of {@link Files} on one main-side scope. Each registration's
   * {@code close()} removes exactly that registration; {@code scope.removeHandler(NAME)} and
   * {@code scope.removeAllListeners(NAME)} remove by the channel's name constant.
   */
  public static final class Registrar {
    private final TypedScope typed;

    private Registrar(IpcMainScope scope) {
      this.typed = Typed.of(scope);
    }

    /**
     * Sets the handler of {@link Files#read}; fails if this scope already has one.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleRead(ReadHandler<FileContent> handler) {
      return typed.handle(READ_CHANNEL, handler);
    }

    /**
     * Sets the handler of {@link Files#read} that answers with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleReadAsync(
        ReadHandler<? extends CompletionStage<FileContent>> handler) {
      return typed.handle(READ_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Files#read} that answers one invoke.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceRead(ReadHandler<FileContent> handler) {
      return typed.handleOnce(READ_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Files#read} that answers one invoke with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceReadAsync(
        ReadHandler<? extends CompletionStage<FileContent>> handler) {
      return typed.handleOnce(READ_CHANNEL, handler);
    }

    /**
     * Adds a listener of {@link Files#log}.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onLog(LogListener listener) {
      return typed.on(LOG_CHANNEL, listener);
    }

    /**
     * Adds a listener of {@link Files#log} that is removed before it runs for the first message.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onceLog(LogListener listener) {
      return typed.once(LOG_CHANNEL, listener);
    }

    /**
     * Adds a listener of {@link Files#pageSize}.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration onPageSize(PageSizeListener listener) {
      return typed.on(PAGE_SIZE_CHANNEL, listener);
    }

    /**
     * Adds a listener of {@link Files#pageSize} that is removed before it runs for the first message.
     *
     * @param listener what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration oncePageSize(PageSizeListener listener) {
      return typed.once(PAGE_SIZE_CHANNEL, listener);
    }

    /**
     * Sets the handler of {@link Files#delete}; fails if this scope already has one.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleDelete(DeleteHandler<Void> handler) {
      return typed.handle(DELETE_CHANNEL, handler);
    }

    /**
     * Sets the handler of {@link Files#delete} that answers with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleDeleteAsync(DeleteHandler<? extends CompletionStage<Void>> handler) {
      return typed.handle(DELETE_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Files#delete} that answers one invoke.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceDelete(DeleteHandler<Void> handler) {
      return typed.handleOnce(DELETE_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Files#delete} that answers one invoke with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceDeleteAsync(
        DeleteHandler<? extends CompletionStage<Void>> handler) {
      return typed.handleOnce(DELETE_CHANNEL, handler);
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
        registrations[0] = handleReadAsync(handler::read);
        registrations[1] = onLog(handler::log);
        registrations[2] = onPageSize(handler::pageSize);
        registrations[3] = handleDeleteAsync(handler::delete);
      } catch (RuntimeException | Error e) {
        closeAll(registrations);
        throw e;
      }
      return () -> closeAll(registrations);
    }
  }

  private static final class RendererProxy implements Files {
    private final TypedRenderer ipcRenderer;

    RendererProxy(IpcRenderer ipcRenderer) {
      this.ipcRenderer = Typed.of(ipcRenderer);
    }

    @Override
    public CompletableFuture<FileContent> read(String path) {
      return this.ipcRenderer.invoke(READ_CHANNEL, path);
    }

    @Override
    public void log(Level level, String text) {
      this.ipcRenderer.send(LOG_CHANNEL, new LogArgs(level, text));
    }

    @Override
    public int pageSize() {
      return this.ipcRenderer.sendSync(PAGE_SIZE_CHANNEL, null);
    }

    @Override
    public CompletionStage<Void> delete(String path) {
      return this.ipcRenderer.invoke(DELETE_CHANNEL, path);
    }
  }

  /**
   * The codecs, each built once: those of records, sealed interfaces and argument lists, made of
   * the methods below, then the composed ones, children before their parents.
   */
  private static final class Wire {
    static final Codec<FileContent> FILE_CONTENT_CODEC = Codecs.of(Wire::encodeFileContent, Wire::decodeFileContent);

    static final Codec<LogArgs> LOG_ARGS_CODEC = Codecs.of(Wire::encodeLogArgs, Wire::decodeLogArgs);

    static final Codec<String> STRING = Codecs.nullable(Codecs.STRING);

    static final Codec<FileContent> FILE_CONTENT = Codecs.nullable(Wire.FILE_CONTENT_CODEC);

    static final Codec<Level> LEVEL = Codecs.nullable(Codecs.enumeration(Level.values()));

    static final Codec<byte[]> BYTES = Codecs.nullable(Codecs.BYTES);

    static final Codec<Instant> INSTANT = Codecs.nullable(Codecs.INSTANT);

    private Wire() {
    }

    private static void encodeFileContent(WireWriter out, FileContent value) {
      out.enter("FileContent");
      Wire.STRING.encode(out, value.path());
      Wire.BYTES.encode(out, value.bytes());
      Wire.INSTANT.encode(out, value.modified());
      out.exit();
    }

    private static FileContent decodeFileContent(WireReader in) {
      in.enter();
      String path = Wire.STRING.decode(in);
      byte[] bytes = Wire.BYTES.decode(in);
      Instant modified = Wire.INSTANT.decode(in);
      in.exit();
      return new FileContent(path, bytes, modified);
    }

    private static void encodeLogArgs(WireWriter out, LogArgs value) {
      Wire.LEVEL.encode(out, value.level());
      Wire.STRING.encode(out, value.text());
    }

    private static LogArgs decodeLogArgs(WireReader in) {
      Level level = Wire.LEVEL.decode(in);
      String text = Wire.STRING.decode(in);
      return new LogArgs(level, text);
    }
  }
}
