package org.typedipc.runtime.spi;

import org.typedipc.runtime.internal.messages.ErrorMessages;

/** An enum constant by its ordinal, written as a length (one byte below 128 constants). */
final class EnumCodec<E extends Enum<E>> extends BuiltinCodec<E> {
  private final E[] constants;
  private final String enumName;

  EnumCodec(E[] constants) {
    super(constants.getClass().getComponentType().getSimpleName(), 1);
    this.constants = constants.clone();
    this.enumName = constants.getClass().getComponentType().getName();
  }

  @Override
  public void encode(WireWriter out, E value) {
    if (value == null) {
      throw nullValue();
    }
    out.writeLength(value.ordinal());
  }

  @Override
  public E decode(WireReader in) {
    int ordinal = in.readLength();
    if (ordinal >= constants.length) {
      throw in.malformed(ErrorMessages.unknownOrdinal(enumName, ordinal, constants.length));
    }
    return constants[ordinal];
  }
}
