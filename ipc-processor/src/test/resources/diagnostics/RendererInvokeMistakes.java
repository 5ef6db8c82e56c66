package test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.typedipc.api.Event;
import org.typedipc.api.Invoke;
import org.typedipc.api.IpcEvents;
import org.typedipc.api.Send;

@IpcEvents
interface Worker {
  // Events and invokes side by side: no diagnostic of their own.
  void progress(String task, int percent);

  CompletableFuture<Integer> index(String path) throws Busy;

  @Invoke("worker:flush")
  CompletionStage<Void> flush();

  @Invoke("worker:count")
  // ERROR(col 7): [IpcInvokeNotAsync] @Invoke method Worker.count() returns int, but an invoke is answered asynchronously. Return CompletableFuture<R> or CompletionStage<R>; main never blocks on a renderer.
  int count();

  @SuppressWarnings("rawtypes")
  // ERROR: [IpcInvokeRawFuture] @Invoke method Worker.raw() returns java.util.concurrent.CompletableFuture without a type argument.
  CompletableFuture raw();

  @Event("worker:name")
  // ERROR: [IpcEventReturnsValue] Event method Worker.name() returns java.util.concurrent.CompletableFuture<java.lang.String>, but events from main to renderers are fire-and-forget. Return void, or replace @Event with @Invoke("...") for an invoke that the renderer answers.
  CompletableFuture<String> name();

  // ERROR: [IpcEventReturnsValue] Event method Worker.size() returns long, but events from main to renderers are fire-and-forget. Return void, or return CompletableFuture<R> for an invoke that the renderer answers.
  long size();

  @Invoke("worker:both")
  // ERROR(col 3): [IpcConflictingKinds] Worker.both() has both @Invoke and @Event, but a channel has one kind. Keep one of them.
  @Event("worker:both")
  CompletableFuture<String> both();

  // ERROR(col 3): [IpcEventsKindAnnotation] @Send is for @IpcContract methods, but Worker.log(String) belongs to @IpcEvents Worker, whose methods main calls on renderers: void methods are events, methods returning CompletableFuture<R> are invokes a renderer answers, and nothing blocks main on a renderer, which may hang. Remove @Send; name the channel with @Event("...") or @Invoke("...") if needed.
  @Send
  void log(String text);

  // ERROR: [IpcCheckedException] Worker.stop() declares the checked Busy, but an event has no answer to carry it to the caller. Remove it from the throws clause, or return CompletableFuture<R> to make it an invoke that the renderer answers.
  void stop() throws Busy;

  // ERROR(col 29): [IpcUnsupportedType] The result of Worker.anything() cannot cross the wire
  CompletableFuture<Object> anything();

  // ERROR(col 11): [IpcBlankChannel] The channel name of Worker.blank() is blank. Name the channel, or write @Invoke without a value to use "Worker:blank".
  @Invoke("  ")
  CompletableFuture<String> blank();
}

@IpcEvents
interface Jobs {
  // ERROR: [IpcNameClash] Jobs.handle(String) and the runtime's listener interface both generate the member handle in JobsIpc.
  CompletableFuture<String> handle(String request);
}

@IpcEvents
interface Reports {
  void ready(String id);

  // ERROR(col 11): [IpcDuplicateChannel] Channel "Reports:ready" of Reports.fetch(String) is already used by Reports.ready(String) in this compilation. Every main → renderer channel needs its own name
  @Invoke("Reports:ready")
  CompletableFuture<String> fetch(String id);
}

class Busy extends Exception {
  private static final long serialVersionUID = 1L;

  Busy() {}
}
