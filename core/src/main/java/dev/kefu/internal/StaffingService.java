package dev.kefu.internal;

import dev.kefu.Origin;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.event.StaffAlertRaised;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffAlert;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketQuery;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.staff.StaffAction;
import dev.kefu.staffing.HandOver;
import dev.kefu.staffing.Handoff;
import dev.kefu.staffing.Handover;
import dev.kefu.staffing.RaiseAlert;
import dev.kefu.staffing.Staffing;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.Tickets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Staffing} API: alerts to the shift lead (ST-14) and the handover at a shift change (ST-2). */
public final class StaffingService implements Staffing {

  private static final Logger LOG = LoggerFactory.getLogger(StaffingService.class);
  private static final TicketStatus[] OPEN_WORK = {TicketStatus.OPEN, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
      TicketStatus.WAITING_ON_CUSTOMER};

  private final Settings settings;
  private final CommandRunner runner;
  private final BeanValidation validation;
  private final Actors actors;
  private final Outgoing outgoing;
  private final Tickets tickets;

  /**
   * Creates the service.
   *
   * @param settings the wiring
   * @param runner the command runner
   * @param validation the bean validation
   * @param tickets the ticket API, through which handed-over tickets are assigned
   */
  public StaffingService(Settings settings, CommandRunner runner, BeanValidation validation, Tickets tickets) {
    this.settings = settings;
    this.runner = runner;
    this.validation = validation;
    this.actors = new Actors(settings);
    this.outgoing = new Outgoing(settings);
    this.tickets = tickets;
  }

  @Override
  public StaffAlert raise(RaiseAlert command) {
    Objects.requireNonNull(command, "command");
    String key = command.alertId() == null || command.alertId().isBlank() ? null : "alert:" + command.alertId();
    return runner.run("RaiseAlert", command, key, "alertId", StaffAlert.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(command.origin(), v);
      List<StaffId> leads = command.shiftLeads() == null ? List.of() : command.shiftLeads();
      Set<StaffId> seen = new HashSet<>();
      for (int i = 0; i < leads.size(); i++) {
        String path = "shiftLeads[" + i + "]";
        StaffMember lead = leads.get(i) == null || v.has(path) ? null : actors.member(leads.get(i), path, v);
        if (lead != null && lead.role() != Role.SHIFT_LEAD) {
          v.addRule(path, "peaks and incidents go to the shift lead, this is a " + lead.role(), "ST-14");
        }
        if (lead != null && !seen.add(lead.id())) {
          v.add(path, "is named twice");
        }
      }
      v.throwIfAny();
      actors.authorize(actor, StaffAction.RAISE_ALERT);
      Instant now = a.now();
      StaffAlert alert = new StaffAlert(command.alertId(), command.kind(), command.summary(), actor.id(), now, leads);
      StaffAlertRaised raised = new StaffAlertRaised(runner.meta(alert, now), alert);
      UnitOfWork.Builder work = UnitOfWork.builder().addEvents(raised);
      for (StaffId lead : leads) {
        work.addOutbox(outgoing.toStaff(lead, raised.eventId(), "staff.alert",
            Map.of("kind", alert.kind().name().toLowerCase(java.util.Locale.ROOT), "summary", alert.summary(), "alertId", alert.id()), now));
      }
      LOG.info("{} alert {} raised to {} shift lead(s)", alert.kind(), alert.id(), leads.size());
      return new Change<>(alert, work);
    });
  }

  @Override
  public List<Handoff> handOver(HandOver command) {
    Objects.requireNonNull(command, "command");
    Violations v = new Violations("HandOver", validation.validate(command));
    StaffMember actor = actors.resolve(command.origin(), v);
    Map<StaffId, StaffMember> leaving = members(command.leaving(), "leaving", v);
    Map<StaffId, StaffMember> incoming = members(command.incoming(), "incoming", v);
    for (StaffId id : leaving.keySet()) {
      if (incoming.containsKey(id)) {
        v.add("incoming", id.value() + " is both leaving and incoming");
      }
    }
    for (Map.Entry<StaffId, StaffMember> e : incoming.entrySet()) {
      if (!settings.access().decide(e.getValue().role(), StaffAction.HANDLE_TICKET).isAllowed()) {
        v.addRule("incoming", "a " + e.getValue().role() + " does not handle tickets", "ST-1");
      }
    }
    v.throwIfAny();
    actors.authorize(actor, StaffAction.HAND_OVER);

    Map<StaffId, List<Ticket>> open = new LinkedHashMap<>();
    for (StaffId a : leaving.keySet()) {
      open.put(a, Pages.all(p -> settings.tickets().list(TicketQuery.all().withOwner(a).withStatuses(OPEN_WORK[0], OPEN_WORK[1],
          OPEN_WORK[2], OPEN_WORK[3]), p)));
    }
    Map<StaffId, Integer> load = new LinkedHashMap<>();
    for (StaffId a : incoming.keySet()) {
      load.put(a, Pages.all(p -> settings.tickets().list(TicketQuery.all().withOwner(a).withStatuses(OPEN_WORK[0], OPEN_WORK[1],
          OPEN_WORK[2], OPEN_WORK[3]), p)).size());
    }
    // VIP customers' tickets go only to the VIP desk or a lead (CU-4): those the incoming desk may
    // not serve go to the lead running the handover, so none is left without an owner
    Map<StaffId, List<dev.kefu.spi.ticket.TicketId>> plain = new LinkedHashMap<>();
    List<Handoff> out = new ArrayList<>();
    for (Map.Entry<StaffId, List<Ticket>> e : open.entrySet()) {
      List<dev.kefu.spi.ticket.TicketId> ids = new ArrayList<>();
      for (Ticket t : e.getValue()) {
        Optional<Customer> c = settings.customers().find(t.customer());
        boolean anyMay = c.isEmpty() || incoming.values().stream().anyMatch(m -> TicketService.mayServe(m, c.get()));
        if (anyMay) {
          ids.add(t.id());
        } else {
          out.add(new Handoff(t.id(), e.getKey(), actor.id()));
        }
      }
      plain.put(e.getKey(), ids);
    }
    List<Handoff> planned = new ArrayList<>(Handover.plan(plain, load));
    planned.addAll(out);
    List<Handoff> done = new ArrayList<>();
    for (Handoff h : planned) {
      StaffId to = h.to();
      Optional<Customer> c = settings.tickets().find(h.ticket()).flatMap(t -> settings.customers().find(t.customer()));
      if (c.isPresent() && incoming.containsKey(to) && !TicketService.mayServe(incoming.get(to), c.get())) {
        to = incoming.values().stream().filter(m -> TicketService.mayServe(m, c.get())).map(StaffMember::id).findFirst().orElse(actor.id());
      }
      Origin o = command.origin().requestIdIfAny()
          .map(r -> Origin.of(actor.id(), r + ":" + h.ticket().value())).orElse(Origin.of(actor.id()));
      tickets.assign(new AssignTicket(o, h.ticket(), to));
      done.add(new Handoff(h.ticket(), h.from(), to));
    }
    LOG.info("handover: {} open tickets from {} leaving to {} incoming agents", done.size(), leaving.size(), incoming.size());
    return done;
  }

  private Map<StaffId, StaffMember> members(List<StaffId> ids, String path, Violations v) {
    Map<StaffId, StaffMember> out = new LinkedHashMap<>();
    if (ids == null) {
      return out;
    }
    for (int i = 0; i < ids.size(); i++) {
      String p = path + "[" + i + "]";
      if (ids.get(i) == null || v.has(p)) {
        continue;
      }
      StaffMember m = actors.member(ids.get(i), p, v);
      if (m != null) {
        out.put(m.id(), m);
      }
    }
    return out;
  }
}
