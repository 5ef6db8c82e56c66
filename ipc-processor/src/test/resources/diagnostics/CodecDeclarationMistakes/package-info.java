@IpcCodecs({
  // ERROR: [IpcCodecType] test.NotACodec is declared in @IpcCodecs, but it does not implement Codec.
  NotACodec.class,
  // ERROR: [IpcCodecType] test.AnyCodec is declared in @IpcCodecs, but it implements Codec<T>.
  AnyCodec.class,
  // ERROR: [IpcCodecType] test.MoneyListCodec is declared in @IpcCodecs, but it implements Codec<java.util.List<test.Money>>.
  MoneyListCodec.class,
  // ERROR: [IpcCodecForBuiltInType] test.TrimmedStringCodec is a codec of java.lang.String, which has a built-in codec
  TrimmedStringCodec.class,
  // ERROR: [IpcCodecNotInstantiable] Generated code cannot get an instance of the codec test.PrivateConstructorCodec: it has neither a public static final INSTANCE field of type Codec<Money> nor a public no-argument constructor.
  PrivateConstructorCodec.class,
  // ERROR: [IpcCodecNotInstantiable] Generated code cannot get an instance of the codec test.HiddenCodec: it is not public.
  HiddenCodec.class,
  // ERROR: [IpcCodecNotInstantiable] Generated code cannot get an instance of the codec test.Holder.InnerCodec: it is an inner class, which needs an instance of Holder.
  Holder.InnerCodec.class,
  MoneyCodec.class,
  // ERROR: [IpcDuplicateCodec] test.MoneyCodec and test.OtherMoneyCodec are both declared as the codec of test.Money (both in this @IpcCodecs). A type has one codec: keep one of them.
  OtherMoneyCodec.class
})
package test;

import org.typedipc.api.IpcCodecs;
