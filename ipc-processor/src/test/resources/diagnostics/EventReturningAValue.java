package test;

import org.typedipc.api.IpcEvents;

@IpcEvents
interface Progress {
  // ERROR: [IpcEventReturnsValue] Event method Progress.progress(String, int) returns boolean, but events from main to renderers are fire-and-forget. Return void, or return CompletableFuture<R> for an invoke that the renderer answers.
  boolean progress(String task, int percent);
}
