package org.typedipc.runtime;

import java.util.Optional;

/**
 * One message or call as an {@link IpcInterceptor} sees it: its type, channel, the frame at the
 * renderer end and its arguments. Arguments are decoded only when asked for, so an interceptor that
 * looks only at the channel and the sender costs no decoding.
 */
public interface IpcCall {
  /** What kind of call it is; the type also says which way it goes. */
  enum Type {
    /** A renderer's {@code send} to main. */
    SEND,
    /** A renderer's {@code sendSync} to main. */
    SEND_SYNC,
    /** A renderer's {@code invoke} of main. */
    INVOKE,
    /** Main's message to a renderer frame ({@code renderer.send}, {@code frame.send}). */
    EVENT,
    /** Main's invoke of a renderer frame's handler ({@code renderer.invoke}). */
    RENDERER_INVOKE;

    /**
     * Whether the call goes from a renderer to main.
     *
     * @return true for {@link #SEND}, {@link #SEND_SYNC} and {@link #INVOKE}
     */
    public boolean toMain() {
      return this == SEND || this == SEND_SYNC || this == INVOKE;
    }

    /**
     * Whether the caller waits for an answer.
     *
     * @return false for {@link #SEND} and {@link #EVENT}, true for the others
     */
    public boolean isCall() {
      return this != SEND && this != EVENT;
    }
  }

  /** {@return the type of the call, which also says which way it goes} */
  Type type();

  /** {@return the channel name} */
  String channel();

  /**
   * The frame at the renderer end of the call.
   *
   * @return in main, the renderer frame that sent the call or that the call goes to; empty in a
   *     renderer, where the other end is always main
   */
  Optional<Frame> frame();

  /** {@return the id of the frame at the renderer end, within its renderer} */
  int frameId();

  /** {@return the size of the encoded arguments in bytes} */
  int payloadBytes();

  /**
   * The arguments as untyped values (the {@code Object...} of string channels), decoded on first
   * use. A typed channel's arguments may not decode this way.
   *
   * @return the arguments, in order
   * @throws IpcProtocolException if they do not decode as untyped values
   */
  Object[] args();
}
