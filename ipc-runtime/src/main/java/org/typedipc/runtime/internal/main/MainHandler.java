package org.typedipc.runtime.internal.main;

import org.typedipc.runtime.internal.dispatch.InboundMessage;
import org.typedipc.runtime.IpcMainInvokeEvent;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.DeclaredExceptions;

/** Adapts a user handler, string or typed, to one invoke. */
final class MainHandler {
  /** Calls the user handler with decoded arguments. */
  @FunctionalInterface
  interface Call {
    Object handle(IpcMainInvokeEvent event, InboundMessage message) throws Exception;
  }

  final Object key;
  final Call call;
  final Codec<Object> resultCodec;
  final DeclaredExceptions exceptions;
  final boolean once;

  @SuppressWarnings("unchecked")
  MainHandler(Object key, Call call, Codec<?> resultCodec, DeclaredExceptions exceptions, boolean once) {
    this.key = key;
    this.call = call;
    this.resultCodec = (Codec<Object>) resultCodec;
    this.exceptions = exceptions;
    this.once = once;
  }
}
