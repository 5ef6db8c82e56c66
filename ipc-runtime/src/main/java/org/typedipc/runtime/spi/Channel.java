package org.typedipc.runtime.spi;

import java.util.Objects;
import java.util.Optional;
import org.typedipc.runtime.SenderPolicy;
import org.typedipc.runtime.internal.messages.Checks;

/**
 * A named channel with the codecs of its arguments and result. Generated companions hold one
 * constant per contract method; the string API uses {@link #dynamic(String)} channels.
 *
 * @param <A> the argument type as one value (generated code uses one args type per channel)
 * @param <R> the result type of {@code sendSync} and {@code invoke}; {@link Void} for the others
 */
public final class Channel<A, R> {
  /** How a channel is called, mirroring the Electron method that serves it. */
  public enum Kind {
    /** {@code ipcRenderer.send} ↔ {@code ipcMain.on}. */
    SEND,
    /** {@code ipcRenderer.sendSync} ↔ {@code ipcMain.on} + {@code event.returnValue}. */
    SEND_SYNC,
    /** {@code ipcRenderer.invoke} ↔ {@code ipcMain.handle}. */
    INVOKE,
    /** {@code webContents.send} / {@code event.reply} ↔ {@code ipcRenderer.on}. */
    EVENT,
    /** {@code renderer.invoke} / {@code frame.invoke} ↔ {@code ipcRenderer.handle}. */
    RENDERER_INVOKE,
    /** A string channel: any of the above, with dynamic values. */
    DYNAMIC
  }

  private final String name;
  private final Kind kind;
  private final Codec<A> argsCodec;
  private final Codec<R> resultCodec;
  private final DeclaredExceptions exceptions;
  private final SenderPolicy senders;

  private Channel(String name, Kind kind, Codec<A> argsCodec, Codec<R> resultCodec) {
    this(name, kind, argsCodec, resultCodec, DeclaredExceptions.NONE);
  }

  private Channel(String name, Kind kind, Codec<A> argsCodec, Codec<R> resultCodec, DeclaredExceptions exceptions) {
    this(name, kind, argsCodec, resultCodec, exceptions, null);
  }

  private Channel(String name, Kind kind, Codec<A> argsCodec, Codec<R> resultCodec, DeclaredExceptions exceptions, SenderPolicy senders) {
    this.senders = senders;
    this.name = Checks.requireName(name);
    this.kind = kind;
    this.argsCodec = Objects.requireNonNull(argsCodec, "argsCodec");
    this.resultCodec = Objects.requireNonNull(resultCodec, "resultCodec");
    this.exceptions = Objects.requireNonNull(exceptions, "exceptions");
  }

  /**
   * A string channel whose arguments are an {@code Object[]} of dynamic values.
   *
   * @param name the channel name, as on the wire
   * @return a {@link Kind#DYNAMIC} channel of that name
   */
  public static Channel<Object[], Object> dynamic(String name) {
    return new Channel<>(name, Kind.DYNAMIC, DynamicArgsCodec.INSTANCE, DynamicValueCodec.INSTANCE);
  }

  /**
   * A renderer → main fire-and-forget channel.
   *
   * @param <A> the argument type
   * @param name the channel name, as on the wire
   * @param argsCodec encodes and decodes the arguments
   * @return a {@link Kind#SEND} channel
   */
  public static <A> Channel<A, Void> send(String name, Codec<A> argsCodec) {
    return new Channel<>(name, Kind.SEND, argsCodec, Codec.none());
  }

  /**
   * A renderer → main blocking channel answered through {@code event.returnValue}.
   *
   * @param <A> the argument type
   * @param <R> the type of the return value
   * @param name the channel name, as on the wire
   * @param argsCodec encodes and decodes the arguments
   * @param resultCodec encodes and decodes the return value
   * @return a {@link Kind#SEND_SYNC} channel that declares no exceptions
   */
  public static <A, R> Channel<A, R> sendSync(String name, Codec<A> argsCodec, Codec<R> resultCodec) {
    return new Channel<>(name, Kind.SEND_SYNC, argsCodec, resultCodec);
  }

  /**
   * A renderer → main blocking channel whose listener may fail with the {@code exceptions} its
   * contract method declares; the caller gets them as themselves.
   *
   * @param <A> the argument type
   * @param <R> the type of the return value
   * @param name the channel name, as on the wire
   * @param argsCodec encodes and decodes the arguments
   * @param resultCodec encodes and decodes the return value
   * @param exceptions the checked exceptions the contract method declares, in declaration order
   * @return a {@link Kind#SEND_SYNC} channel
   */
  public static <A, R> Channel<A, R> sendSync(
      String name, Codec<A> argsCodec, Codec<R> resultCodec, DeclaredExceptions exceptions) {
    return new Channel<>(name, Kind.SEND_SYNC, argsCodec, resultCodec, exceptions);
  }

  /**
   * A renderer → main request answered by a handler.
   *
   * @param <A> the argument type
   * @param <R> the result type
   * @param name the channel name, as on the wire
   * @param argsCodec encodes and decodes the arguments
   * @param resultCodec encodes and decodes the handler's result
   * @return an {@link Kind#INVOKE} channel that declares no exceptions
   */
  public static <A, R> Channel<A, R> invoke(String name, Codec<A> argsCodec, Codec<R> resultCodec) {
    return new Channel<>(name, Kind.INVOKE, argsCodec, resultCodec);
  }

  /**
   * A renderer → main request whose handler may fail with the {@code exceptions} its contract
   * method declares; the caller's future fails with them as themselves.
   *
   * @param <A> the argument type
   * @param <R> the result type
   * @param name the channel name, as on the wire
   * @param argsCodec encodes and decodes the arguments
   * @param resultCodec encodes and decodes the handler's result
   * @param exceptions the checked exceptions the contract method declares, in declaration order
   * @return an {@link Kind#INVOKE} channel
   */
  public static <A, R> Channel<A, R> invoke(
      String name, Codec<A> argsCodec, Codec<R> resultCodec, DeclaredExceptions exceptions) {
    return new Channel<>(name, Kind.INVOKE, argsCodec, resultCodec, exceptions);
  }

  /**
   * A main → renderer request answered by a renderer's handler ({@code ipcRenderer.handle}).
   *
   * @param <A> the argument type
   * @param <R> the result type
   * @param name the channel name, as on the wire
   * @param argsCodec encodes and decodes the arguments
   * @param resultCodec encodes and decodes the renderer handler's result
   * @return a {@link Kind#RENDERER_INVOKE} channel that declares no exceptions
   */
  public static <A, R> Channel<A, R> rendererInvoke(String name, Codec<A> argsCodec, Codec<R> resultCodec) {
    return new Channel<>(name, Kind.RENDERER_INVOKE, argsCodec, resultCodec);
  }

  /**
   * A main → renderer request whose renderer handler may fail with the {@code exceptions} its
   * contract method declares; main's future fails with them as themselves.
   *
   * @param <A> the argument type
   * @param <R> the result type
   * @param name the channel name, as on the wire
   * @param argsCodec encodes and decodes the arguments
   * @param resultCodec encodes and decodes the renderer handler's result
   * @param exceptions the checked exceptions the contract method declares, in declaration order
   * @return a {@link Kind#RENDERER_INVOKE} channel
   */
  public static <A, R> Channel<A, R> rendererInvoke(
      String name, Codec<A> argsCodec, Codec<R> resultCodec, DeclaredExceptions exceptions) {
    return new Channel<>(name, Kind.RENDERER_INVOKE, argsCodec, resultCodec, exceptions);
  }

  /**
   * A main → renderer event channel.
   *
   * @param <A> the argument type
   * @param name the channel name, as on the wire
   * @param argsCodec encodes and decodes the arguments
   * @return an {@link Kind#EVENT} channel
   */
  public static <A> Channel<A, Void> event(String name, Codec<A> argsCodec) {
    return new Channel<>(name, Kind.EVENT, argsCodec, Codec.none());
  }

  /** {@return the channel name, as on the wire} */
  public String name() {
    return name;
  }

  /** {@return how the channel is called} */
  public Kind kind() {
    return kind;
  }

  /** {@return the codec that encodes and decodes the arguments} */
  public Codec<A> argsCodec() {
    return argsCodec;
  }

  /** {@return the codec that encodes and decodes the result} */
  public Codec<R> resultCodec() {
    return resultCodec;
  }

  /** {@return the checked exceptions the contract method declares; {@link DeclaredExceptions#NONE} if none} */
  public DeclaredExceptions exceptions() {
    return exceptions;
  }

  /**
   * This channel, with main refusing calls from the frames {@code senders} does not allow, as if
   * declared with {@code IpcMainOptions.withSenderPolicy} once main registers a listener or handler
   * for it. Generated code uses it for contract methods marked {@code @MainFrameOnly}.
   *
   * @param senders which frames may call this channel
   * @return a copy of this channel with that policy
   */
  public Channel<A, R> withSenders(SenderPolicy senders) {
    return new Channel<>(name, kind, argsCodec, resultCodec, exceptions, Objects.requireNonNull(senders, "senders"));
  }

  /** {@return the frames that may call this channel, declared with {@link #withSenders}; empty for any} */
  public Optional<SenderPolicy> senders() {
    return Optional.ofNullable(senders);
  }

  @Override
  public String toString() {
    return kind + " '" + name + "'";
  }
}
