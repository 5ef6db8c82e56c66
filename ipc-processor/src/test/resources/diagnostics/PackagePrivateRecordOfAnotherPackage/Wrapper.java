package other;

public record Wrapper(Hidden hidden) {}

record Hidden(String value) {}
