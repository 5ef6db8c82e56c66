package test;

/** A record with a codec of its own, which replaces the generated one. */
public record Rgb(int red, int green, int blue) {}
