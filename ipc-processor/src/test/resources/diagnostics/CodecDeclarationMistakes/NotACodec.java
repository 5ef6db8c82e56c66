package test;

public final class NotACodec {}
