package test;

import java.time.Instant;

public record FileContent(String path, byte[] bytes, Instant modified) {}
