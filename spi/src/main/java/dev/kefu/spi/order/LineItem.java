package dev.kefu.spi.order;

import dev.kefu.spi.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * One line of an order.
 *
 * @param sku the stock-keeping unit, as the warehouse knows it (TK-14)
 * @param category the product category
 * @param quantity how many, at least 1
 * @param unitPrice the price of one, in the shop's currency
 */
public record LineItem(
    @NotBlank @Size(max = 100) String sku,
    @NotBlank @Size(max = 100) String category,
    @Positive int quantity,
    @NotNull @Valid Money unitPrice) {

  /** @return {@code quantity × unitPrice}, or null if the price is missing (invalid input) */
  public Money amount() {
    return unitPrice == null ? null
        : new Money(unitPrice.amount().multiply(java.math.BigDecimal.valueOf(quantity)), unitPrice.currency());
  }
}
