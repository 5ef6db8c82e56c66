package com.example.app.api;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;

/** Renderer → main: one invoke channel and one send channel. */
@IpcContract
public interface Greeter {
  /** Answers with a greeting. */
  CompletableFuture<Greeting> greet(String name);

  /** Counts a visit. */
  void visited(String name);

  /** A greeting and how many visits main has counted. */
  record Greeting(String text, int visits) {}
}
