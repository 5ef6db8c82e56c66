package org.typedipc.processor;

/** The kinds of channel, named as the runtime's {@code Channel.Kind}. */
enum ChannelKind {
  SEND("send"),
  SEND_SYNC("sendSync"),
  INVOKE("invoke"),
  EVENT("event"),
  /** Main calls, a renderer answers: an {@code @IpcEvents} method returning a future. */
  RENDERER_INVOKE("rendererInvoke");

  private final String factory;

  ChannelKind(String factory) {
    this.factory = factory;
  }

  /** Whether a handler answers the channel asynchronously: an invoke in either direction. */
  boolean handled() {
    return this == INVOKE || this == RENDERER_INVOKE;
  }

  /** The {@code Channel} factory method that creates a channel of this kind. */
  String factory() {
    return factory;
  }
}
