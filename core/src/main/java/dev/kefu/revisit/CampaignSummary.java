package dev.kefu.revisit;

import java.util.Map;
import java.util.Objects;

/**
 * The summary of a revisit campaign (RV-8): how many revisits, how many reached, how many
 * satisfied, and the issues raised by dimension.
 *
 * @param campaign the campaign
 * @param planned revisits in it
 * @param reached customers reached
 * @param unreachable customers not reached
 * @param satisfied reached customers who were satisfied
 * @param issues the dimensions of dissatisfaction raised, with counts
 */
public record CampaignSummary(String campaign, long planned, long reached, long unreachable, long satisfied, Map<String, Long> issues) {

  /** Creates a summary; the map is copied. */
  public CampaignSummary {
    Objects.requireNonNull(campaign, "campaign");
    issues = Map.copyOf(issues);
  }

  /** @return satisfied as a share of reached, in percent; 0 when nobody was reached */
  public double satisfiedPercent() {
    return reached == 0 ? 0.0 : 100.0 * satisfied / reached;
  }
}
