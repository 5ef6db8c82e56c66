package org.typedipc.runtime.spi;

import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.IpcValueException;

/** The arguments of a string channel: a count, then each value of the dynamic value model. */
final class DynamicArgsCodec implements Codec<Object[]> {
  static final DynamicArgsCodec INSTANCE = new DynamicArgsCodec();

  private static final Object[] NONE = {};

  private DynamicArgsCodec() {}

  @Override
  public void encode(WireWriter out, Object[] args) {
    if (args == null) {
      throw new IpcValueException(ErrorMessages.nullArgs());
    }
    out.writeLength(args.length);
    for (int i = 0; i < args.length; i++) {
      DynamicValueCodec.INSTANCE.encodeArgument(out, args[i], i);
    }
  }

  @Override
  public Object[] decode(WireReader in) {
    int count = in.readCount(1);
    if (count == 0) {
      return NONE;
    }
    // Not nested, so sized by its count: at most one slot per byte left.
    in.charge(WireReader.OBJECT_BYTES + (long) WireReader.SLOT_BYTES * count);
    Object[] args = new Object[count];
    for (int i = 0; i < count; i++) {
      args[i] = DynamicValueCodec.INSTANCE.decode(in);
    }
    return args;
  }
}
