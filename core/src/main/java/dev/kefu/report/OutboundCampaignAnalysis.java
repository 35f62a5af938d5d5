package dev.kefu.report;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The analysis of an outbound campaign (QA-6): target attainment, list usage, agent performance
 * and refusals. Definitions:
 *
 * <ul>
 *   <li><b>target attainment</b> = customers on the list converted ÷ target conversions (may pass
 *       100%); a customer converted twice counts once;
 *   <li><b>list usage</b> = customers on the list called at least once ÷ customers on the list;
 *   <li><b>reach rate</b> = customers on the list reached at least once ÷ customers called;
 *   <li>per agent: calls, calls that reached the customer, conversions, refusals, and
 *       <b>conversion rate</b> = conversions ÷ calls that reached (NaN without any);
 *   <li><b>refusals</b> by reason, over every call; a refusal without a reason is counted under
 *       {@value #NO_REASON}.
 * </ul>
 *
 * Calls to customers not on the list count for their agent but not for usage, reach or attainment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param campaign the campaign
 * @param listSize distinct customers on the list
 * @param called of those, called at least once
 * @param reached of those, reached at least once
 * @param converted of those, converted at least once
 * @param offListCalls calls to customers not on the list
 * @param agents per agent, by agent id
 * @param refusals refusals by reason, by reason
 */
public record OutboundCampaignAnalysis(OutboundCampaign campaign, long listSize, long called, long reached, long converted,
    long offListCalls, List<AgentPerformance> agents, Map<String, Long> refusals) implements Reportable {

  /** The report's id. */
  public static final String ID = "outbound-campaign";

  /** The reason counted for a refusal recorded without one. */
  public static final String NO_REASON = "no reason given";

  /** Creates an analysis; collections are copied. */
  public OutboundCampaignAnalysis {
    Objects.requireNonNull(campaign, "campaign");
    agents = List.copyOf(agents);
    refusals = java.util.Collections.unmodifiableMap(new TreeMap<>(refusals));
  }

  /**
   * One agent's calls.
   *
   * @param agent the agent
   * @param calls calls made
   * @param reached calls that reached the customer
   * @param converted calls that converted
   * @param refused calls that ended in a refusal
   */
  public record AgentPerformance(StaffId agent, long calls, long reached, long converted, long refused) {

    /** @return conversions per call that reached, in percent; NaN without any */
    public double conversionPercent() {
      return reached == 0 ? Double.NaN : 100.0 * converted / reached;
    }
  }

  /**
   * Analyses a campaign.
   *
   * @param campaign the campaign
   * @return the analysis
   * @throws NullPointerException if {@code campaign} is null
   */
  public static OutboundCampaignAnalysis of(OutboundCampaign campaign) {
    Objects.requireNonNull(campaign, "campaign");
    Set<CustomerId> list = new LinkedHashSet<>(campaign.targetList());
    Set<CustomerId> called = new HashSet<>();
    Set<CustomerId> reached = new HashSet<>();
    Set<CustomerId> converted = new HashSet<>();
    long offList = 0;
    Map<String, long[]> perAgent = new TreeMap<>();
    Map<String, Long> refusals = new TreeMap<>();
    for (OutboundCampaign.Call c : campaign.calls()) {
      long[] a = perAgent.computeIfAbsent(c.agent().value(), k -> new long[4]);
      a[0]++;
      if (c.reached()) {
        a[1]++;
      }
      if (c.outcome() == OutboundCampaign.Outcome.CONVERTED) {
        a[2]++;
      }
      if (c.outcome() == OutboundCampaign.Outcome.REFUSED) {
        a[3]++;
        refusals.merge(c.refusalReason().filter(r -> !r.isBlank()).orElse(NO_REASON), 1L, Long::sum);
      }
      if (!list.contains(c.customer())) {
        offList++;
        continue;
      }
      called.add(c.customer());
      if (c.reached()) {
        reached.add(c.customer());
      }
      if (c.outcome() == OutboundCampaign.Outcome.CONVERTED) {
        converted.add(c.customer());
      }
    }
    List<AgentPerformance> agents = new ArrayList<>();
    perAgent.forEach((id, a) -> agents.add(new AgentPerformance(StaffId.of(id), a[0], a[1], a[2], a[3])));
    return new OutboundCampaignAnalysis(campaign, list.size(), called.size(), reached.size(), converted.size(), offList,
        agents, refusals);
  }

  /** @return converted ÷ target conversions, in percent */
  public double targetAttainmentPercent() {
    return 100.0 * converted / campaign.targetConversions();
  }

  /** @return called ÷ list size, in percent; NaN for an empty list */
  public double listUsagePercent() {
    return listSize == 0 ? Double.NaN : 100.0 * called / listSize;
  }

  /** @return reached ÷ called, in percent; NaN if nobody was called */
  public double reachPercent() {
    return called == 0 ? Double.NaN : 100.0 * reached / called;
  }

  @Override
  public Report toReport() {
    Report.Table summary = new Report.Table("Target and list", List.of("measure", "value"), List.of(
        List.of("target conversions", campaign.targetConversions()),
        List.of("converted", converted),
        List.of("target attainment %", targetAttainmentPercent()),
        List.of("customers on the list", listSize),
        List.of("called", called),
        List.of("list usage %", listUsagePercent()),
        List.of("reached", reached),
        List.of("reach %", reachPercent()),
        List.of("calls off the list", offListCalls)));
    List<List<Object>> rows = new ArrayList<>();
    agents.forEach(a -> rows.add(List.of(a.agent().value(), a.calls(), a.reached(), a.converted(), a.refused(),
        a.conversionPercent())));
    Report.Table agentTable = new Report.Table("Agent performance", List.of("agent", "calls", "reached", "converted",
        "refused", "conversion %"), rows);
    List<String> names = agents.stream().map(a -> a.agent().value()).toList();
    Report.Chart agentChart = new Report.Chart("Calls per agent", Report.Chart.Kind.BAR, names, "calls", List.of(
        new Report.Series("reached", agents.stream().map(a -> (double) a.reached()).toList()),
        new Report.Series("converted", agents.stream().map(a -> (double) a.converted()).toList()),
        new Report.Series("refused", agents.stream().map(a -> (double) a.refused()).toList())));
    List<List<Object>> reasons = new ArrayList<>();
    refusals.forEach((r, n) -> reasons.add(List.of(r, n)));
    Report.Table refusalTable = new Report.Table("Refusals", List.of("reason", "refusals"), reasons);
    Report.Chart refusalChart = new Report.Chart("Refusals by reason", Report.Chart.Kind.BAR, List.copyOf(refusals.keySet()),
        "refusals", List.of(new Report.Series("refusals", refusals.values().stream().map(Long::doubleValue).toList())));
    return new Report(ID, "Outbound campaign: " + campaign.name(), "QA-6", campaign.from(), campaign.to(),
        List.of(summary, agentTable, agentChart, refusalTable, refusalChart));
  }
}
