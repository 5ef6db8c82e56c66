package test;

/** An amount in cents of a currency, written by {@link MoneyCodec}. */
public record Money(String currency, long cents) {}
