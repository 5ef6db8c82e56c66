package org.typedipc.runtime.spi;

import java.util.List;
import java.util.Objects;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * The checked exceptions a channel method declares, each with the codec of its data, in the order
 * of the method's {@code throws} clause. A handler that throws one of them makes the caller fail
 * with an exception of that type and data; the wire carries its index here and its encoded data.
 * Generated code builds one per channel that declares exceptions:
 *
 * <pre>{@code
 * DeclaredExceptions.of(DeclaredExceptions.declared(QuotaExceededException.class, Wire.QUOTA_EXCEEDED_EXCEPTION_CODEC))
 * }</pre>
 */
public final class DeclaredExceptions {
  /** A channel that declares no exception. */
  public static final DeclaredExceptions NONE = new DeclaredExceptions(List.of());

  /**
   * One declared exception type and its codec.
   *
   * @param <E> the exception type
   * @param type the exception's class, matched against a handler's failure
   * @param codec writes and reads the exception's data
   */
  public record Declared<E extends Exception>(Class<E> type, Codec<E> codec) {
    /**
     * Checks that neither component is {@code null}.
     *
     * @param type the exception's class, matched against a handler's failure
     * @param codec writes and reads the exception's data
     */
    public Declared {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(codec, "codec");
    }
  }

  private final List<Declared<?>> declared;

  private DeclaredExceptions(List<Declared<?>> declared) {
    this.declared = declared;
  }

  /**
   * The declared exceptions in the order of the {@code throws} clause.
   *
   * @param declared each declared type with its codec, in {@code throws} order
   * @return the declared exceptions; {@link #NONE} if the list is empty
   */
  public static DeclaredExceptions of(List<Declared<?>> declared) {
    return declared.isEmpty() ? NONE : new DeclaredExceptions(List.copyOf(declared));
  }

  /**
   * The same as {@link #of(List)} with one entry per argument.
   *
   * @param declared each declared type with its codec, in {@code throws} order
   * @return the declared exceptions; {@link #NONE} if there are none
   */
  public static DeclaredExceptions of(Declared<?>... declared) {
    return of(List.of(declared));
  }

  /**
   * An exception type with the codec of its data.
   *
   * @param <E> the exception type
   * @param type the exception's class
   * @param codec writes and reads the exception's data
   * @return the pair, for {@link #of(Declared...)}
   */
  public static <E extends Exception> Declared<E> declared(Class<E> type, Codec<E> codec) {
    return new Declared<>(type, codec);
  }

  /** {@return how many types are declared} */
  public int size() {
    return declared.size();
  }

  /**
   * The index of the declared type {@code failure} belongs to, the most specific if several
   * match; -1 if none does.
   *
   * @param failure what a handler or listener threw
   * @return the index to send on the wire, or -1 if {@code failure} is not declared
   */
  public int indexOf(Throwable failure) {
    int best = -1;
    for (int i = 0; i < declared.size(); i++) {
      Class<?> type = declared.get(i).type();
      if (type.isInstance(failure) && (best < 0 || declared.get(best).type().isAssignableFrom(type))) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Writes the data of {@code failure}, an instance of the type at {@code index}.
   *
   * @param out the writer of the failure message
   * @param index the index {@link #indexOf} returned for {@code failure}
   * @param failure the exception to write
   */
  public void encode(WireWriter out, int index, Throwable failure) {
    encodeAs(declared.get(index), out, failure);
  }

  /**
   * Reads an exception of the type at {@code index}.
   *
   * @param in the reader of the failure message, positioned at the data
   * @param index the declared index the message carries
   * @return the exception, for the caller to throw or fail its future with
   * @throws org.typedipc.runtime.IpcProtocolException if the index is not declared or the data
   *     are malformed
   */
  public Exception decode(WireReader in, int index) {
    if (index < 0 || index >= declared.size()) {
      throw in.malformed(ErrorMessages.undeclaredExceptionIndex(index, declared.size()));
    }
    return declared.get(index).codec().decode(in);
  }

  private static <E extends Exception> void encodeAs(Declared<E> declared, WireWriter out, Throwable failure) {
    declared.codec().encode(out, declared.type().cast(failure));
  }
}
