package org.typedipc.bench.typed;

/** The small record the benchmark sends. */
public record Point(int x, int y, String label) {}
