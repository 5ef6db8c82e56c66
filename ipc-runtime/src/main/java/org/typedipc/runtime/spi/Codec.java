package org.typedipc.runtime.spi;

/**
 * Writes values of one type to the wire and reads them back, without reflection. The annotation
 * processor generates one per record, enum, sealed hierarchy and argument list that crosses the
 * wire; every call, in-process too, passes through a codec, so main and renderers never share a
 * mutable object. A codec of your own, declared in {@code @org.typedipc.api.IpcCodecs}, carries any
 * other type; generated code never passes it {@code null}.
 *
 * <p>A codec must read exactly what it wrote. On bad input {@link #decode} throws {@link
 * org.typedipc.runtime.IpcProtocolException} (as {@link WireReader} does), never another
 * exception.
 *
 * <p>A codec whose values are elements of a list, set, map or array must write at least one byte
 * per value: decoders check each count against the bytes left at that rate before allocating.
 *
 * @param <T> the value type
 */
public interface Codec<T> {
  /**
   * Writes {@code value}, which may be {@code null} where the codec allows it.
   *
   * @param out the writer of the message being encoded
   * @param value the value to write
   */
  void encode(WireWriter out, T value);

  /**
   * Reads one value written by {@link #encode}.
   *
   * @param in the reader of the message being decoded, positioned at the value
   * @return the value read
   */
  T decode(WireReader in);

  /**
   * The codec of channels without a result: writes nothing and reads {@code null}.
   *
   * @return the shared codec of {@link Void}
   */
  static Codec<Void> none() {
    return NoneCodec.INSTANCE;
  }
}
