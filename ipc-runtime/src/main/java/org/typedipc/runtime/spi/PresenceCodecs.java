package org.typedipc.runtime.spi;

import java.util.Optional;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/** Values that may be absent: a presence byte (0 absent, 1 present), then the value if present. */
final class PresenceCodecs {
  private PresenceCodecs() {}

  private static boolean readPresence(WireReader in) {
    byte b = in.readByte();
    if (b == 0 || b == 1) {
      return b == 1;
    }
    throw in.malformed(ErrorMessages.badPresenceByte(b));
  }

  /** {@code null} or a value of the wrapped codec. */
  static final class NullableCodec<T> extends BuiltinCodec<T> {
    private final Codec<T> codec;

    NullableCodec(Codec<T> codec) {
      super("nullable value", 1);
      this.codec = codec;
    }

    @Override
    public void encode(WireWriter out, T value) {
      if (value == null) {
        out.writeByte(0);
      } else {
        out.writeByte(1);
        codec.encode(out, value);
      }
    }

    @Override
    public T decode(WireReader in) {
      return readPresence(in) ? codec.decode(in) : null;
    }
  }

  /** An {@link Optional}, empty or holding a value of the wrapped codec, never itself null. */
  static final class OptionalCodec<T> extends BuiltinCodec<Optional<T>> {
    private final Codec<T> codec;

    OptionalCodec(Codec<T> codec) {
      super("Optional", 1);
      this.codec = codec;
    }

    @Override
    public void encode(WireWriter out, Optional<T> value) {
      if (value == null) {
        throw nullValue();
      }
      if (value.isPresent()) {
        out.writeByte(1);
        codec.encode(out, value.get());
      } else {
        out.writeByte(0);
      }
    }

    @Override
    public Optional<T> decode(WireReader in) {
      // ofNullable: the wrapped codec may itself be nullable and read null.
      return readPresence(in) ? Optional.ofNullable(codec.decode(in)) : Optional.empty();
    }
  }
}
