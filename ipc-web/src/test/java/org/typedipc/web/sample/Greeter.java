package org.typedipc.web.sample;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;

/**
 * What the sample page calls on main. Compiled with {@code -Atypedipc.typescript=true}, it also
 * gets {@code typedipc-ts/org/typedipc/web/sample/Greeter.ts}, which the page imports.
 */
@IpcContract
public interface Greeter {
  CompletableFuture<Integer> add(int a, int b);

  CompletableFuture<Greeting> greet(String name, Style style);

  CompletableFuture<Integer> divide(int dividend, int divisor) throws DivisionByZero;

  /** Main answers with {@code count} {@link GreeterEvents#tick ticks}, then asks the page a question. */
  void startTicks(int count);

  enum Style {
    PLAIN,
    FORMAL
  }

  record Greeting(String text, int javaVersion, Style style, List<String> languages) {}

  /** A declared exception: the page gets its data, decoded by the generated codec. */
  final class DivisionByZero extends Exception {
    private static final long serialVersionUID = 1L;

    private final int dividend;

    public DivisionByZero(int dividend) {
      super(dividend + " / 0");
      this.dividend = dividend;
    }

    public int dividend() {
      return dividend;
    }
  }
}
