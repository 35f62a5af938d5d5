package dev.kefu.spi.customer;

import dev.kefu.spi.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Where a customer can be reached on one channel: a phone number, an e-mail address, a WeChat
 * id, an app user id. Personal data (CU-8): {@link #toString()} masks the address.
 *
 * @param channel the channel
 * @param address the address on that channel
 */
public record ContactPoint(@NotNull Channel channel, @NotBlank @Size(max = 256) String address) {

  /**
   * Creates a contact point.
   *
   * @throws NullPointerException if an argument is null
   */
  public ContactPoint {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(address, "address");
  }

  /**
   * A contact point.
   *
   * @param channel the channel
   * @param address the address
   * @return the contact point
   */
  public static ContactPoint of(Channel channel, String address) {
    return new ContactPoint(channel, address);
  }

  /** @return the channel and the masked address, never the address itself */
  @Override
  public String toString() {
    return channel + ":" + Masking.mask(address);
  }
}
