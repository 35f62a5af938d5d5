package dev.kefu.kpi;

import java.util.OptionalDouble;

/** Formatting shared by the KPI reports: ratios as percentages, one decimal; no value as null. */
final class Reports {

  private Reports() {}

  static Double percent(OptionalDouble ratio) {
    return ratio.isPresent() ? Math.round(ratio.getAsDouble() * 1000) / 10.0 : null;
  }

  static Double oneDecimal(OptionalDouble value) {
    return value.isPresent() ? Math.round(value.getAsDouble() * 10) / 10.0 : null;
  }

  /** The value of a KPI as shown: ratios as a percentage, others with one decimal; null for none. */
  static Object shown(Kpi kpi, OptionalDouble value) {
    if (kpi.kind() == Kpi.Kind.COUNT) {
      return value.isPresent() ? (Object) (long) value.getAsDouble() : null;
    }
    return kpi.kind() == Kpi.Kind.RATIO ? percent(value) : oneDecimal(value);
  }

  /** A value for a chart: a percentage for ratios, NaN for none. */
  static double plotted(Kpi kpi, OptionalDouble value) {
    if (value.isEmpty()) {
      return Double.NaN;
    }
    return kpi.kind() == Kpi.Kind.RATIO ? value.getAsDouble() * 100 : value.getAsDouble();
  }
}
