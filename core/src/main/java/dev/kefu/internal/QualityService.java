package dev.kefu.internal;

import dev.kefu.complaint.Complaints;
import dev.kefu.complaint.DecideAgentRecord;
import dev.kefu.quality.Criterion;
import dev.kefu.quality.QaMonthlySummary;
import dev.kefu.quality.Quality;
import dev.kefu.quality.QualityRules;
import dev.kefu.quality.RecordTrainingExam;
import dev.kefu.quality.SamplingDecision;
import dev.kefu.quality.ScoreContact;
import dev.kefu.quality.Scorecard;
import dev.kefu.quality.VerifyMention;
import dev.kefu.spi.complaint.AgentRecord;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintQuery;
import dev.kefu.spi.event.AgentMentioned;
import dev.kefu.spi.event.ContactReviewed;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.MentionChecked;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.event.TrainingExamRecorded;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.quality.CriterionScore;
import dev.kefu.spi.quality.MentionCheck;
import dev.kefu.spi.quality.QaReview;
import dev.kefu.spi.quality.QaReviewQuery;
import dev.kefu.spi.quality.QualityStore;
import dev.kefu.spi.quality.TrainingExam;
import dev.kefu.spi.quality.TrainingExamQuery;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.staff.StaffAction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** The {@link Quality} API: sampling, reviews with feedback, exams, verification, the monthly summary (QA-1, QA-2, TK-18). */
public final class QualityService implements Quality {

  private final Settings settings;
  private final CommandRunner runner;
  private final Actors actors;
  private final Outgoing outgoing;
  private final QualityStore store;
  private final QualityRules rules;
  private final Complaints complaints;

  /**
   * Creates the service.
   *
   * @param settings the wiring
   * @param runner the command runner
   * @param store the quality store
   * @param rules the scorecard and sampling policy
   * @param complaints the complaints, for CP-12 verification
   */
  public QualityService(Settings settings, CommandRunner runner, QualityStore store, QualityRules rules, Complaints complaints) {
    this.settings = settings;
    this.runner = runner;
    this.actors = new Actors(settings);
    this.outgoing = new Outgoing(settings);
    this.store = store;
    this.rules = rules;
    this.complaints = complaints;
  }

  @Override
  public Scorecard scorecard() {
    return rules.scorecard();
  }

  // ---- sampling ---------------------------------------------------------------------------

  /** What the sampling policy needs to know about agents: first contacts and complaints. */
  private final class Standing {
    final Map<StaffId, Instant> firstContact = new HashMap<>();
    final Map<StaffId, TreeSet<Instant>> complaintsAt = new HashMap<>();

    Standing(List<ContactLogs.Contact> contacts) {
      for (ContactLogs.Contact c : contacts) {
        firstContact.merge(c.entry().handledBy().orElseThrow(), c.entry().start(), (a, b) -> a.isBefore(b) ? a : b);
      }
      Pages.forEach(page -> settings.complaints().list(ComplaintQuery.all(), page), complaint -> {
        boolean dismissed = complaint.agentRecord().map(r -> r.status() == AgentRecord.Status.DISMISSED).orElse(false);
        if (complaint.aboutAgent().isPresent() && !dismissed) {
          complaintsAt.computeIfAbsent(complaint.aboutAgent().get(), k -> new TreeSet<>()).add(complaint.registeredAt());
        }
      });
    }

    SamplingDecision decide(ContactLogs.Contact c) {
      StaffId agent = c.entry().handledBy().orElseThrow();
      Instant at = c.entry().start();
      Optional<Instant> lastComplaint = Optional.ofNullable(complaintsAt.get(agent)).map(s -> s.floor(at));
      return rules.sampling().decide(c.ticket().id(), c.entry().sequence(), agent, at,
          Optional.ofNullable(firstContact.get(agent)), lastComplaint);
    }
  }

  private List<ContactLogs.Contact> staffContacts() {
    List<ContactLogs.Contact> all = new ArrayList<>();
    ContactLogs.forEachStaffContact(settings, all::add);
    return all;
  }

  @Override
  public SamplingDecision sampling(TicketId ticket, int contact) {
    Objects.requireNonNull(ticket, "ticket");
    Ticket t = settings.tickets().find(ticket).orElseThrow(() -> new IllegalArgumentException("unknown ticket " + ticket));
    ContactLogEntry e = staffEntry(t, contact)
        .orElseThrow(() -> new IllegalArgumentException("ticket " + ticket + " has no contact " + contact + " handled by staff"));
    return new Standing(staffContacts()).decide(new ContactLogs.Contact(t, e));
  }

  @Override
  public List<SamplingDecision> contacts(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<ContactLogs.Contact> all = staffContacts();
    Standing standing = new Standing(all);
    List<SamplingDecision> out = new ArrayList<>();
    for (ContactLogs.Contact c : all) {
      if (!c.entry().start().isBefore(from) && c.entry().start().isBefore(to)) {
        out.add(standing.decide(c));
      }
    }
    out.sort(Comparator.comparing(SamplingDecision::at).thenComparing(d -> d.ticket().value()).thenComparing(SamplingDecision::contact));
    return out;
  }

  @Override
  public List<SamplingDecision> toReview(Instant from, Instant to) {
    return contacts(from, to).stream().filter(SamplingDecision::sampled)
        .filter(d -> store.findReview(QaReview.idOf(d.ticket(), d.contact())).isEmpty()).toList();
  }

  private static Optional<ContactLogEntry> staffEntry(Ticket t, int contact) {
    return ContactLogs.effective(t).stream().filter(e -> e.sequence() == contact && e.handledBy().isPresent()).findFirst();
  }

  // ---- commands ---------------------------------------------------------------------------

  @Override
  public QaReview score(ScoreContact command) {
    Objects.requireNonNull(command, "command");
    return runner.run("ScoreContact", command, CommandRunner.requestKey(command.origin()), "origin.requestId", QaReview.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(command.origin(), v);
      Ticket t = v.found(command.ticketId(), "ticketId", settings.tickets()::find, "ticket");
      ContactLogEntry entry = null;
      if (t != null && command.contact() >= 1) {
        entry = staffEntry(t, command.contact()).orElse(null);
        if (entry == null) {
          v.addRule("contact", "is not a contact staff handled on this ticket (a corrected entry is reviewed through its latest correction)",
              "QA-1");
        } else if (store.findReview(QaReview.idOf(t.id(), entry.sequence())).isPresent()) {
          v.addRule("contact", "was already reviewed; a contact is reviewed once", "QA-1");
        } else if (actor != null && entry.handledBy().get().equals(actor.id())) {
          v.addRule("contact", "QA does not review a contact they handled themselves", "QA-1");
        }
      }
      Scorecard card = rules.scorecard();
      if (command.scores() != null) { // every missing and unknown criterion, beside any bad score
        for (Criterion c : card.criteria()) {
          if (!command.scores().containsKey(c.id())) {
            v.addRule("scores", "criterion " + c.id() + " of scorecard " + card.id() + " is not scored", "QA-1");
          }
        }
        for (String key : new TreeSet<>(command.scores().keySet())) {
          if (card.criterion(key).isEmpty()) {
            v.add("scores[" + key + "]", "is not a criterion of scorecard " + card.id());
          }
        }
      }
      if (command.comments() != null) {
        for (String key : new TreeSet<>(command.comments().keySet())) {
          if (card.criterion(key).isEmpty()) {
            v.add("comments[" + key + "]", "is not a criterion of scorecard " + card.id());
          }
        }
      }
      v.throwIfAny();
      actors.authorize(actor, StaffAction.SCORE_CONTACT);

      Instant now = a.now();
      StaffId agent = entry.handledBy().get();
      Optional<StaffId> lead = settings.staff().find(agent).flatMap(StaffMember::reportsTo);
      List<CriterionScore> scores = card.criteria().stream()
          .map(c -> new CriterionScore(c.id(), c.weight(), command.scores().get(c.id()), Optional.ofNullable(command.comments().get(c.id()))))
          .toList();
      Standing standing = new Standing(staffContacts());
      boolean sampled = standing.decide(new ContactLogs.Contact(t, entry)).sampled();
      QaReview review = new QaReview(t.id(), entry.sequence(), agent, lead, actor.id(), card.id(), scores, command.comment(), sampled,
          now, 1);
      ContactReviewed event = new ContactReviewed(runner.meta(review, now), t.id(), entry.sequence(), agent, actor.id(),
          review.total(), sampled);
      Map<String, String> params = Map.of("ticketId", t.id().value(), "contact", Integer.toString(entry.sequence()),
          "score", String.format(Locale.ROOT, "%.1f", review.total()), "comment", command.comment(), "agent", agent.value());
      UnitOfWork.Builder work = UnitOfWork.builder().addWrites(AggregateWrite.create(review)).addEvents(event)
          .addOutbox(outgoing.toStaff(agent, event.eventId(), "qa.feedback.agent", params, now)); // QA-1: to the agent
      lead.ifPresent(l -> work.addOutbox(outgoing.toStaff(l, event.eventId(), "qa.feedback.lead", params, now))); // and the lead
      return new Change<>(review, work);
    });
  }

  @Override
  public TrainingExam recordExam(RecordTrainingExam command) {
    Objects.requireNonNull(command, "command");
    return runner.run("RecordTrainingExam", command, CommandRunner.requestKey(command.origin()), "origin.requestId",
        TrainingExam.class, a -> {
          Violations v = a.violations();
          StaffMember actor = actors.resolve(command.origin(), v);
          actors.member(command.agent(), "agent", v);
          LocalDate today = LocalDate.ofInstant(a.now(), settings.shopZone());
          if (command.takenOn() != null && command.takenOn().isAfter(today)) {
            v.addRule("takenOn", "must not be in the future (today is " + today + ")", "QA-2");
          }
          v.throwIfAny();
          actors.authorize(actor, StaffAction.RECORD_TRAINING_EXAM);
          Instant now = a.now();
          TrainingExam exam = new TrainingExam(settings.ids().next().toString(), command.agent(), command.exam(), command.score(),
              command.takenOn(), actor.id(), now, 1);
          return new Change<>(exam, UnitOfWork.builder().addWrites(AggregateWrite.create(exam)).addEvents(
              new TrainingExamRecorded(runner.meta(exam, now), exam.agent(), exam.exam(), exam.score(), exam.takenOn())));
        });
  }

  @Override
  public MentionCheck verifyMention(VerifyMention command) {
    Objects.requireNonNull(command, "command");
    return runner.run("VerifyMention", command, CommandRunner.requestKey(command.origin()), "origin.requestId", MentionCheck.class,
        a -> {
          Violations v = a.violations();
          StaffMember actor = actors.resolve(command.origin(), v);
          AgentMentioned mention = null;
          if (command.order() != null && command.agent() != null) {
            mention = settings.eventLog().eventsOf(Order.TYPE, command.order().value()).stream()
                .filter(e -> e instanceof AgentMentioned m && m.agent().equals(command.agent())).map(AgentMentioned.class::cast)
                .reduce((first, second) -> second).orElse(null);
            if (mention == null) {
              v.addRule("agent", "no review of this order named the agent", "TK-18");
            } else if (store.findMentionCheck(command.order(), command.agent()).isPresent()) {
              v.addRule("agent", "this mention was already checked", "TK-18");
            }
          }
          v.throwIfAny();
          actors.authorize(actor, StaffAction.VERIFY_MENTION);
          Instant now = a.now();
          MentionCheck check = new MentionCheck(command.order(), command.agent(), mention.praise(), command.verified(), actor.id(), now, 1);
          return new Change<>(check, UnitOfWork.builder().addWrites(AggregateWrite.create(check)).addEvents(
              new MentionChecked(runner.meta(check, now), check.order(), check.agent(), check.praise(), check.verified(), actor.id(),
                  mention.postedAt())));
        });
  }

  @Override
  public Complaint verifyComplaintRecord(DecideAgentRecord command) {
    return complaints.decideAgentRecord(command);
  }

  @Override
  public List<QaReview> reviews(QaReviewQuery query) {
    Objects.requireNonNull(query, "query");
    return Pages.all(page -> store.listReviews(query, page));
  }

  // ---- QA-2 -------------------------------------------------------------------------------

  @Override
  public QaMonthlySummary monthlySummary(YearMonth month) {
    Objects.requireNonNull(month, "month");
    Instant from = month.atDay(1).atStartOfDay(settings.shopZone()).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(settings.shopZone()).toInstant();
    Map<StaffId, double[]> rows = new TreeMap<>(Comparator.comparing(StaffId::value));
    // [reviews, qa sum, exams, exam sum, complaints, praise, criticism]
    for (QaReview r : reviews(QaReviewQuery.all().reviewedBetween(from, to))) {
      double[] row = rows.computeIfAbsent(r.agent(), k -> new double[7]);
      row[0]++;
      row[1] += r.total();
    }
    Pages.forEach(page -> store.listExams(TrainingExamQuery.all().takenBetween(month.atDay(1), month.plusMonths(1).atDay(1)), page),
        e -> {
          double[] row = rows.computeIfAbsent(e.agent(), k -> new double[7]);
          row[2]++;
          row[3] += e.score();
        });
    Pages.forEach(page -> settings.complaints().list(ComplaintQuery.all().registeredBetween(from, to), page), c -> {
      if (c.agentRecord().filter(AgentRecord::counts).isPresent()) {
        rows.computeIfAbsent(c.agentRecord().get().agent(), k -> new double[7])[4]++;
      }
    });
    forEachEvent(e -> {
      if (e instanceof MentionChecked m && m.verified() && !m.postedAt().isBefore(from) && m.postedAt().isBefore(to)) {
        rows.computeIfAbsent(m.agent(), k -> new double[7])[m.praise() ? 5 : 6]++;
      }
    });
    List<QaMonthlySummary.Row> out = new ArrayList<>();
    rows.forEach((agent, r) -> out.add(new QaMonthlySummary.Row(agent.value(),
        settings.staff().find(agent).flatMap(StaffMember::team).map(Object::toString).orElse("none"),
        (long) r[0], r[1], (long) r[2], r[3], (long) r[4], (long) r[5], (long) r[6])));
    return new QaMonthlySummary(month, from, to, out);
  }

  private void forEachEvent(java.util.function.Consumer<DomainEvent> action) {
    long after = 0;
    while (true) {
      List<StoredEvent> page = settings.eventLog().readAfter(after, 1000);
      if (page.isEmpty()) {
        return;
      }
      for (StoredEvent s : page) {
        after = s.position();
        action.accept(s.event());
      }
    }
  }
}
