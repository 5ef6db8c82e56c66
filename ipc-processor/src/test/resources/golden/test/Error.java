package test;

/** Named like java.lang.Error, which the companion also uses. */
public record Error(String message, int code) {}
