package org.typedipc.samples.typed.bench;

/** The small record the benchmark sends. */
public record Point(int x, int y, String label) {}
