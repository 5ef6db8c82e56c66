package test;

/** Named like java.lang.Override, which the companion also uses. */
public record Override(String pattern) {}
