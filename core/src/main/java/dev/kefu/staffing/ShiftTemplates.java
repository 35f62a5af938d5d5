package dev.kefu.staffing;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * The shift templates of the two source shops (ST-2), ready to use or to copy.
 *
 * <p>Shop A: early 08:30–18:00, late 17:30–01:00 with a half-hour overlap for the handover; the
 * late shift runs on while customers still wait and is a night shift for leave (ST-8). Shop B:
 * early 09:30–18:30 and late 13:30–22:30, rotating weekly. Each has a 60-minute meal break placed
 * by volume in the middle of the shift (ST-12).
 */
public final class ShiftTemplates {

  private ShiftTemplates() {}

  private static ShiftBreak meal(int earliestHours, int latestHours) {
    return new ShiftBreak("meal", Duration.ofHours(1), Duration.ofHours(earliestHours), Duration.ofHours(latestHours));
  }

  /** @return shop A's early shift, 08:30–18:00, handover from 17:30 */
  public static ShiftTemplate shopAEarly() {
    return ShiftTemplate.of("A-early", LocalTime.of(8, 30), LocalTime.of(18, 0))
        .withBreaks(List.of(meal(3, 5))).withHandover(Duration.ofMinutes(30));
  }

  /** @return shop A's late shift, 17:30–01:00, running on while customers wait; a night shift */
  public static ShiftTemplate shopALate() {
    return ShiftTemplate.of("A-late", LocalTime.of(17, 30), LocalTime.of(1, 0))
        .withBreaks(List.of(meal(2, 4))).withHandover(Duration.ZERO).withExtendsWhileCustomersWait(true).withNight(true);
  }

  /** @return shop B's early shift, 09:30–18:30 */
  public static ShiftTemplate shopBEarly() {
    return ShiftTemplate.of("B-early", LocalTime.of(9, 30), LocalTime.of(18, 30))
        .withBreaks(List.of(meal(2, 4))).withHandover(Duration.ofMinutes(30));
  }

  /** @return shop B's late shift, 13:30–22:30 */
  public static ShiftTemplate shopBLate() {
    return ShiftTemplate.of("B-late", LocalTime.of(13, 30), LocalTime.of(22, 30))
        .withBreaks(List.of(meal(3, 6))).withHandover(Duration.ofMinutes(30));
  }

  /** @return shop A's templates, early then late */
  public static List<ShiftTemplate> shopA() {
    return List.of(shopAEarly(), shopALate());
  }

  /** @return shop B's templates, early then late */
  public static List<ShiftTemplate> shopB() {
    return List.of(shopBEarly(), shopBLate());
  }
}
