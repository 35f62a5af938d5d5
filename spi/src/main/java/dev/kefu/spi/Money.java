package dev.kefu.spi;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency. The shop works in one configured currency; kefu rejects an
 * amount in any other unless the host wires a {@link CurrencyConverter}.
 *
 * <p>Two amounts are equal when their currencies are equal and their amounts compare equal, so
 * {@code 10.0 CNY} equals {@code 10.00 CNY}.
 *
 * @param amount the amount; never negative where a command asks for money
 * @param currency the ISO 4217 currency
 */
public record Money(@NotNull @PositiveOrZero BigDecimal amount, @NotNull Currency currency)
    implements Comparable<Money> {

  /**
   * Creates an amount.
   *
   * @throws NullPointerException if an argument is null
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }

  /**
   * An amount in the currency with the given ISO 4217 code.
   *
   * @param amount the amount, for example {@code "199.00"}
   * @param currencyCode the currency code, for example {@code "CNY"}
   * @return the amount
   * @throws NumberFormatException if {@code amount} is not a decimal number
   * @throws IllegalArgumentException if {@code currencyCode} is not an ISO 4217 code
   */
  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  /**
   * Zero in the given currency.
   *
   * @param currency the currency
   * @return zero
   */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * The sum of this amount and another in the same currency.
   *
   * @param other the amount to add
   * @return the sum
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * The difference of this amount and another in the same currency.
   *
   * @param other the amount to subtract
   * @return the difference, which may be negative
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * Whether this amount is at least {@code threshold} (same currency).
   *
   * @param threshold the amount to compare against
   * @return true if {@code this >= threshold}
   * @throws IllegalArgumentException if the currencies differ
   */
  public boolean isAtLeast(Money threshold) {
    return compareTo(threshold) >= 0;
  }

  /**
   * Orders amounts of one currency by value.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount.stripTrailingZeros(), currency);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }

  private void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "currencies differ: " + currency.getCurrencyCode() + " and " + other.currency.getCurrencyCode());
    }
  }
}
