package test;

/** Named like java.lang.Void, which the companion also uses. */
public record Void(String why) {}
