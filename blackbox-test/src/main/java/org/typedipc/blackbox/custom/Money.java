package org.typedipc.blackbox.custom;

import java.util.Currency;
import java.util.Objects;

/** An amount in a currency's minor unit: a plain class, which only a declared codec can carry. */
public final class Money {
  private final Currency currency;
  private final long minorUnits;

  /** An amount of {@code minorUnits} (cents for EUR) in {@code currency}. */
  public Money(Currency currency, long minorUnits) {
    this.currency = Objects.requireNonNull(currency, "currency");
    this.minorUnits = minorUnits;
  }

  public Currency currency() {
    return currency;
  }

  public long minorUnits() {
    return minorUnits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money money && money.currency.equals(currency) && money.minorUnits == minorUnits;
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, minorUnits);
  }

  @Override
  public String toString() {
    return minorUnits + " " + currency.getCurrencyCode() + " minor units";
  }
}
