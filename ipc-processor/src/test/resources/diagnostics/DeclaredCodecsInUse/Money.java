package test;

public final class Money {
  public final long cents;

  public Money(long cents) {
    this.cents = cents;
  }
}
