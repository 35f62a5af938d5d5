package dev.kefu.spi.customer;

import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * What the shop keeps on a key customer (CU-9): the difficulties met serving them, where they
 * are, the result of the last contact, and the note the previous owner left at handover.
 *
 * @param knownDifficulties difficulties met serving the customer
 * @param location where the customer is (city, district)
 * @param lastContactResult the outcome of the last contact
 * @param handoverNote the note written when the owning agent last changed; empty if never
 */
public record KeyCustomerRecord(
    @Size(max = 2000) String knownDifficulties,
    @Size(max = 200) String location,
    @Size(max = 2000) String lastContactResult,
    @Size(max = 2000) String handoverNote) {

  /**
   * Creates a record; null fields become empty strings.
   */
  public KeyCustomerRecord {
    knownDifficulties = Objects.requireNonNullElse(knownDifficulties, "");
    location = Objects.requireNonNullElse(location, "");
    lastContactResult = Objects.requireNonNullElse(lastContactResult, "");
    handoverNote = Objects.requireNonNullElse(handoverNote, "");
  }

  /** @return a record with nothing written yet */
  public static KeyCustomerRecord empty() {
    return new KeyCustomerRecord("", "", "", "");
  }

  /**
   * A copy with a new handover note.
   *
   * @param note the note
   * @return the changed copy
   */
  public KeyCustomerRecord withHandoverNote(String note) {
    return new KeyCustomerRecord(knownDifficulties, location, lastContactResult, note);
  }

  @Override
  public String toString() {
    return "KeyCustomerRecord[location=" + Masking.mask(location) + ", ...]";
  }
}
