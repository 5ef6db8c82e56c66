package org.typedipc.runtime;

import java.time.Duration;

/**
 * What one renderer ({@link Renderer#stats()}) or all of main ({@link IpcMain#stats()}) has done so
 * far, as main counts it, or what a renderer counts on its side ({@link IpcRenderer#stats()}):
 * plain numbers to log or export. Counts of what a side received include calls its interceptors
 * or sender policies refused; {@link #denied()} says how many those were.
 *
 * @param toMain messages and calls from renderers to main
 * @param toRenderer messages and calls from main to renderers
 * @param denied calls received from the other side and refused before any listener or handler ran:
 *     in main, renderers' calls; in a renderer, main's messages and invokes
 * @param pendingCalls calls waiting for their answer now, in both directions, and streams open now
 * @param queuedBytes encoded bytes received from the other side waiting for this side's loop now
 * @param handlerTime time this side's listeners and handlers ran on its loop (the synchronous part)
 */
public record IpcStats(Traffic toMain, Traffic toRenderer, long denied, long pendingCalls, long queuedBytes, Duration handlerTime) {
  /**
   * The traffic in one direction. A stream ({@code ipcRenderer.stream}, {@code renderer.stream})
   * counts where its opener's calls count: its opening in {@link #streams()} of the opener's
   * direction, its items in {@link #streamItems()} and {@link #streamItemBytes()} of the direction
   * they travel, the other one. A stream's items are kept apart from {@link #replyBytes()}, so that
   * a long stream does not swamp the replies of invokes.
   *
   * <p>A renderer's stream of 3 items from main's handler counts as {@code streams=1} in {@code
   * toMain} and as {@code streamItems=3} in {@code toRenderer}.
   *
   * @param messages {@code send}s (to main) or events (to renderers)
   * @param syncMessages {@code sendSync}s; always 0 towards renderers
   * @param invokes invokes
   * @param streams streams opened, as invokes: by renderers (to main) or by main (to renderers)
   * @param bytes encoded argument bytes of all the messages, calls and streams opened
   * @param replyBytes encoded bytes of the values their {@code sendSync}s and invokes answered with,
   *     travelling the other way; streams' items are not among them
   * @param streamItems items of streams travelling this way: of streams the other side opened
   * @param streamItemBytes encoded bytes of those items
   */
  public record Traffic(long messages, long syncMessages, long invokes, long streams, long bytes, long replyBytes, long streamItems,
      long streamItemBytes) {
    /** No traffic. */
    public static final Traffic NONE = new Traffic(0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * The sum of this and {@code other}.
     *
     * @param other the traffic to add
     * @return the sum of each count
     */
    public Traffic plus(Traffic other) {
      return new Traffic(messages + other.messages, syncMessages + other.syncMessages, invokes + other.invokes, streams + other.streams,
          bytes + other.bytes, replyBytes + other.replyBytes, streamItems + other.streamItems, streamItemBytes + other.streamItemBytes);
    }
  }

  /** Nothing yet. */
  public static final IpcStats NONE = new IpcStats(Traffic.NONE, Traffic.NONE, 0, 0, 0, Duration.ZERO);

  /**
   * The sum of this and {@code other}, as of several mains.
   *
   * @param other the stats to add
   * @return the sum of each count and time
   */
  public IpcStats plus(IpcStats other) {
    return new IpcStats(toMain.plus(other.toMain), toRenderer.plus(other.toRenderer), denied + other.denied,
        pendingCalls + other.pendingCalls, queuedBytes + other.queuedBytes, handlerTime.plus(other.handlerTime));
  }
}
