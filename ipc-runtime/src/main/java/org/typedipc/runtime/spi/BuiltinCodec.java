package org.typedipc.runtime.spi;

import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * A codec of {@link Codecs}: it rejects {@code null} with a clear message and knows the fewest
 * bytes one value takes, so that collections of it bound their counts tightly.
 */
abstract class BuiltinCodec<T> implements Codec<T> {
  private final String typeName;
  private final int minBytes;

  BuiltinCodec(String typeName, int minBytes) {
    this.typeName = typeName;
    this.minBytes = minBytes;
  }

  /**
   * The fewest bytes one value of {@code codec} takes. Codecs from elsewhere count as one byte: a
   * codec used as an element must write at least that much, or a count could not be checked.
   */
  static int minBytes(Codec<?> codec) {
    return codec instanceof BuiltinCodec ? ((BuiltinCodec<?>) codec).minBytes : 1;
  }

  /** The type's simple name, as error messages show it. */
  final String typeName() {
    return typeName;
  }

  /** The exception for a {@code null} this codec cannot write. */
  final IpcValueException nullValue() {
    return new IpcValueException(ErrorMessages.nullValue(typeName));
  }
}
