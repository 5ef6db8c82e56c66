package test;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;
import org.typedipc.api.SendSync;

@IpcContract
interface Store {
  // ERROR: [IpcExceptionShape] Store.abstractOne() declares test.Failure, which cannot cross the wire as a typed error: it is abstract, so the caller's side cannot create one. Declare a concrete checked exception class
  CompletableFuture<String> abstractOne() throws Failure;

  // ERROR: [IpcExceptionShape] Store.noAccessor() declares test.NoAccessor, which cannot cross the wire as a typed error: its constructor NoAccessor(java.lang.String user) has no accessor user() or getUser() returning java.lang.String for its parameter 'user'.
  CompletableFuture<String> noAccessor() throws NoAccessor;

  // ERROR: [IpcExceptionShape] Store.wrongAccessorType() declares test.WrongType, which cannot cross the wire as a typed error: its constructor WrongType(int limit) has no accessor limit() or getLimit() returning int
  CompletableFuture<String> wrongAccessorType() throws WrongType;

  @SendSync
  // ERROR: [IpcExceptionShape] Store.tooBroad() declares java.lang.Exception, which cannot cross the wire as a typed error: it is so broad that every failure would count as declared.
  String tooBroad() throws Exception;

  // ERROR: [IpcExceptionShape] Store.inner() declares test.Holder.Inner, which cannot cross the wire as a typed error: it is an inner class
  CompletableFuture<String> inner() throws Holder.Inner;

  // ERROR: [IpcUnsupportedType] Data 'detail' of Untyped of Store.untyped() cannot cross the wire: java.lang.Object at Object is java.lang.Object.
  CompletableFuture<String> untyped() throws Untyped;

  // Allowed: getMessage() reads the message, and a no-argument constructor carries no data.
  @SendSync
  String fine() throws WithMessage, NoData;
}

abstract class Failure extends Exception {
  private static final long serialVersionUID = 1L;
}

class NoAccessor extends Exception {
  private static final long serialVersionUID = 1L;

  NoAccessor(String user) {}
}

class WrongType extends Exception {
  private static final long serialVersionUID = 1L;

  WrongType(int limit) {}

  long limit() {
    return 0;
  }
}

class Holder {
  class Inner extends Exception {
    private static final long serialVersionUID = 1L;
  }
}

class Untyped extends Exception {
  private static final long serialVersionUID = 1L;
  private final Object detail;

  Untyped(Object detail) {
    this.detail = detail;
  }

  Object detail() {
    return detail;
  }
}

class WithMessage extends Exception {
  private static final long serialVersionUID = 1L;

  WithMessage(String message) {
    super(message);
  }
}

class NoData extends Exception {
  private static final long serialVersionUID = 1L;
}
