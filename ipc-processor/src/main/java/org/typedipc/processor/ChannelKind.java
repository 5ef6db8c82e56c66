package org.typedipc.processor;

/** The kinds of channel, named as the runtime's {@code Channel.Kind}. */
enum ChannelKind {
  SEND("send"),
  SEND_SYNC("sendSync"),
  INVOKE("invoke"),
  EVENT("event"),
  /** Main calls, a renderer answers: an {@code @IpcEvents} method returning a future. */
  RENDERER_INVOKE("rendererInvoke"),
  /** A renderer opens, main produces: an {@code @IpcContract} method returning a {@code Flow.Publisher}. */
  STREAM("invoke"),
  /** Main opens, a renderer produces: an {@code @IpcEvents} method returning a {@code Flow.Publisher}. */
  RENDERER_STREAM("rendererInvoke");

  private final String factory;

  ChannelKind(String factory) {
    this.factory = factory;
  }

  /** Whether a handler answers the channel asynchronously: an invoke or a stream in either direction. */
  boolean handled() {
    return this == INVOKE || this == RENDERER_INVOKE || streams();
  }

  /** Whether the handler produces a stream: the channel is an invoke whose handler returns a publisher. */
  boolean streams() {
    return this == STREAM || this == RENDERER_STREAM;
  }

  /** Whether main handles the channel (else a renderer does). */
  boolean handledInMain() {
    return this == INVOKE || this == STREAM;
  }

  /** The {@code Channel} factory method that creates a channel of this kind. */
  String factory() {
    return factory;
  }
}
