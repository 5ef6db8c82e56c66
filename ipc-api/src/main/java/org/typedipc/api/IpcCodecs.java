package org.typedipc.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares codecs of your own, for the contracts of a package ({@code package-info.java}) or of a
 * module ({@code module-info.java}). Each class listed implements {@code
 * org.typedipc.runtime.spi.Codec<T>} for one non-generic type {@code T}; the generated companions
 * then carry every {@code T} (also inside records, lists, maps, …) with that codec, without
 * reflection.
 *
 * <pre>{@code
 * @IpcCodecs({MoneyCodec.class, ColorCodec.class})
 * package com.example.shop;
 *
 * public final class MoneyCodec implements Codec<Money> {
 *   public static final MoneyCodec INSTANCE = new MoneyCodec();  // or a public no-arg constructor
 *
 *   public void encode(WireWriter out, Money value) {
 *     out.writeString(value.currency()).writeLong(value.cents());
 *   }
 *
 *   public Money decode(WireReader in) {
 *     return new Money(in.readString(), in.readLong());
 *   }
 * }
 * }</pre>
 *
 * <p>Generated code takes the codec's {@code public static final INSTANCE} field if it has one of
 * the codec's type, else calls its public no-argument constructor. It never passes the codec a
 * {@code null}: nullable positions add their own presence byte. The processor rejects, each with
 * its own message, a class that is not a {@code Codec} of one non-generic type, one it cannot
 * instantiate, two codecs of one type, and a codec of a type that has a built-in codec (built-in
 * codecs are part of the wire protocol). A codec of a record, enum or sealed interface replaces the
 * codec the processor would generate for it. The codec's class name is part of every fingerprint
 * that reaches its type, so main and renderers must agree on it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.MODULE})
public @interface IpcCodecs {
  /**
   * The codec classes, each implementing {@code Codec<T>} for a different {@code T}.
   *
   * @return the codec classes, in no particular order
   */
  Class<?>[] value();
}
