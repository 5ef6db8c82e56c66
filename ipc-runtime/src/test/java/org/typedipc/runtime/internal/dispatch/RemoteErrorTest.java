package org.typedipc.runtime.internal.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.DeclaredExceptions;

/** How a handler's failure becomes a wire error and back into the caller's exception. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RemoteErrorTest {
  /** A declared exception whose data is its message, as generated code would encode it. */
  static final class Missing extends IOException {
    private static final long serialVersionUID = 1L;

    Missing(String path) {
      super(path);
    }
  }

  /** An IOException the channel does not declare itself. */
  static final class Gone extends IOException {
    private static final long serialVersionUID = 1L;

    Gone(String path) {
      super(path);
    }
  }

  private static final DeclaredExceptions DECLARED = DeclaredExceptions.of(
      DeclaredExceptions.declared(IOException.class, Codecs.of((out, e) -> out.writeString(e.getMessage()), in -> new IOException(in.readString()))),
      DeclaredExceptions.declared(Missing.class, Codecs.of((out, e) -> out.writeString(e.getMessage()), in -> new Missing(in.readString()))));

  @Test
  void aDeclaredExceptionTravelsAsItsIndexAndDataAndComesBackAsItself() throws Exception {
    RemoteError error = RemoteError.of(new Missing("a.txt"), DECLARED);

    assertEquals(RemoteError.Kind.DECLARED, error.kind());
    assertEquals(1, error.declaredIndex());
    Missing back = assertInstanceOf(Missing.class, error.toException("files:read", DECLARED));
    assertEquals("a.txt", back.getMessage());
  }

  @Test
  void theMostSpecificDeclaredTypeIsChosenAndAnUndeclaredSubtypeTravelsAsItsDeclaredSupertype() {
    assertEquals(1, DECLARED.indexOf(new Missing("x")));
    assertEquals(0, DECLARED.indexOf(new FileNotFoundException("x")));
    assertEquals(0, DECLARED.indexOf(new Gone("x")));
    assertEquals(-1, DECLARED.indexOf(new IllegalStateException("x")));
  }

  @Test
  void anUndeclaredFailureKeepsElectronsText() {
    RemoteError error = RemoteError.of(new IllegalStateException("boom"), DECLARED);

    IpcRemoteException failure = assertInstanceOf(IpcRemoteException.class, error.toException("files:read", DECLARED));
    assertEquals("Error invoking remote method 'files:read': java.lang.IllegalStateException: boom", failure.getMessage());
  }

  @Test
  void dataTheCodecCannotEncodeBecomeAHandlerFailureNamingWhy() {
    DeclaredExceptions refusing = DeclaredExceptions.of(DeclaredExceptions.declared(IOException.class, Codecs.of((out, e) -> {
      throw new IpcValueException("cannot encode " + e.getMessage());
    }, in -> new IOException())));

    RemoteError error = RemoteError.of(new IOException("x"), refusing);

    assertEquals(RemoteError.Kind.HANDLER_FAILED, error.kind());
    assertEquals(IpcValueException.class.getName(), error.className());
    assertEquals("cannot encode x", error.message());
  }

  @Test
  void anIndexTheChannelDoesNotDeclareIsMalformed() {
    RemoteError error = new RemoteError(RemoteError.Kind.DECLARED, null, null, 2, new byte[0]);

    IpcProtocolException failure = assertThrows(IpcProtocolException.class, () -> error.toException("files:read", DECLARED));
    assertTrue(failure.getMessage().contains("a declared exception index of 2, but the channel declares 2 exception type(s)"),
        failure.getMessage());
  }

  @Test
  void bytesLeftAfterTheDataAreMalformed() {
    byte[] data = RemoteError.of(new Missing("a"), DECLARED).declaredData();
    byte[] longer = Arrays.copyOf(data, data.length + 1);

    RemoteError error = new RemoteError(RemoteError.Kind.DECLARED, null, null, 1, longer);

    assertThrows(IpcProtocolException.class, () -> error.toException("files:read", DECLARED));
  }
}
