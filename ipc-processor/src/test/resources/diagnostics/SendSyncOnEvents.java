package test;

import org.typedipc.api.IpcEvents;
import org.typedipc.api.SendSync;

@IpcEvents
interface Progress {
  // ERROR(col 3): [IpcEventsKindAnnotation] @SendSync is for @IpcContract methods, but Progress.progress(String) belongs to @IpcEvents Progress, whose methods main calls on renderers: void methods are events, methods returning CompletableFuture<R> are invokes a renderer answers, and nothing blocks main on a renderer, which may hang. Remove @SendSync; name the channel with @Event("...") or @Invoke("...") if needed.
  @SendSync
  // ERROR(col 7): [IpcEventReturnsValue] Event method Progress.progress(String) returns int, but events from main to renderers are fire-and-forget. Return void, or return CompletableFuture<R> for an invoke that the renderer answers.
  int progress(String task);
}
