package org.typedipc.processor;

/** The kinds of channel, named as the runtime's {@code Channel.Kind}. */
enum ChannelKind {
  SEND("send"),
  SEND_SYNC("sendSync"),
  INVOKE("invoke"),
  EVENT("event");

  private final String factory;

  ChannelKind(String factory) {
    this.factory = factory;
  }

  /** The {@code Channel} factory method that creates a channel of this kind. */
  String factory() {
    return factory;
  }
}
