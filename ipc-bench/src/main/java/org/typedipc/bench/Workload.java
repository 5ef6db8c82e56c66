package org.typedipc.bench;

import java.util.List;

/**
 * What one benchmark row runs: payloads of {@code size} bytes, {@code warmup} calls (or messages),
 * then {@code rounds} rounds of {@code count}. Travels to a bench child as program arguments or as
 * a {@code "bench"} event's list.
 */
record Workload(int size, int warmup, int count, int rounds) {
  /** One round of {@code count} after the warm-up the cross-process benchmark has always used. */
  static Workload single(int size, int count) {
    return new Workload(size, Math.max(2000, count / 5), count, 1);
  }

  /** Calls (or messages) made in all, warm-up included. */
  long total() {
    return warmup + (long) count * rounds;
  }

  /** The {@code "bench"} event asking a renderer for {@code what} with this workload. */
  List<Object> command(String what) {
    return List.of(what, size, warmup, count, rounds);
  }

  /** Reads a {@link #command}'s workload back. */
  static Workload of(List<?> command) {
    return new Workload((Integer) command.get(1), (Integer) command.get(2), (Integer) command.get(3), (Integer) command.get(4));
  }

  /** As program arguments. */
  String[] args() {
    return new String[] {Integer.toString(size), Integer.toString(warmup), Integer.toString(count), Integer.toString(rounds)};
  }

  /** Reads {@link #args} back, starting at {@code from}. */
  static Workload parse(String[] args, int from) {
    return new Workload(Integer.parseInt(args[from]), Integer.parseInt(args[from + 1]), Integer.parseInt(args[from + 2]),
        Integer.parseInt(args[from + 3]));
  }
}
