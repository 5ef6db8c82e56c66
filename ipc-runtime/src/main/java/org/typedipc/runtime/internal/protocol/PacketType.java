package org.typedipc.runtime.internal.protocol;

/**
 * The packet types of protocol version 5; see PROTOCOL.md. The code is the byte on the wire.
 * INVOKE, REPLY, REPLY_ERROR and CANCEL go both ways: each side numbers its own calls; a STREAM is a
 * call whose items come as STREAM_ITEM within the credit STREAM_CREDIT grants.
 */
enum PacketType {
  HELLO(1),
  WELCOME(2),
  REJECT(3),
  CHANNEL(4),
  SEND(10),
  SYNC(11),
  INVOKE(12),
  REPLY(13),
  REPLY_ERROR(14),
  CANCEL(15),
  EVENT(16),
  FRAME_OPENED(17),
  FRAME_CLOSED(18),
  HEARTBEAT(19),
  CLOSE(20),
  FRAME_KNOWN(21),
  STREAM(22),
  STREAM_ITEM(23),
  STREAM_CREDIT(24),
  POST(30),
  PORT_MESSAGE(31),
  PORT_CLOSED(32),
  PORT_RETURNED(33);

  private static final PacketType[] BY_CODE = new PacketType[64];

  static {
    for (PacketType type : values()) {
      BY_CODE[type.code] = type;
    }
  }

  final int code;

  PacketType(int code) {
    this.code = code;
  }

  /** The type with this code, or null. */
  static PacketType of(int code) {
    return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
  }
}
