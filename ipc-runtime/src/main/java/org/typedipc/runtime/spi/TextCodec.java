package org.typedipc.runtime.spi;

import java.util.function.Function;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * A value that travels as its text, as a string: written with one function and read back with a
 * parser whose every failure makes the input malformed.
 */
final class TextCodec<T> extends BuiltinCodec<T> {
  /** Reads a value from its text; any exception means the text is not a value. */
  @FunctionalInterface
  interface Parser<T> {
    T parse(String text) throws Exception;
  }

  private final Function<T, String> format;
  private final Parser<T> parser;

  TextCodec(String typeName, int minBytes, Function<T, String> format, Parser<T> parser) {
    super(typeName, minBytes);
    this.format = format;
    this.parser = parser;
  }

  @Override
  public void encode(WireWriter out, T value) {
    if (value == null) {
      throw nullValue();
    }
    out.writeString(format.apply(value));
  }

  @Override
  public T decode(WireReader in) {
    String text = in.readString();
    try {
      return parser.parse(text);
    } catch (Exception notAValue) {
      String problem = String.valueOf(notAValue.getMessage());
      throw in.malformed(ErrorMessages.unreadableText(typeName(), text, problem));
    }
  }
}
