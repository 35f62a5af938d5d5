package dev.kefu.internal;

import dev.kefu.duty.Duty;
import dev.kefu.duty.DutySchedule;
import dev.kefu.spi.event.DutyDue;
import dev.kefu.spi.event.EventMeta;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.UnitOfWork;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The duty scheduler: keeps one due item per duty at its next occurrence; firing raises a
 * {@link DutyDue} event and schedules the occurrence after, in one unit of work, so occurrences
 * fire once each and in order, and missed ones are caught up one by one.
 */
public final class DutyRunner implements DueWorkRunner.Handler {

  /** The due-work kind of duties. */
  public static final String KIND = "duty";

  private final Settings settings;
  private final SlaEngine calendars;
  private final Map<String, Duty> duties;
  private final Map<String, Effects> effects;

  /** What a duty of kefu's own does when it comes due, besides its event. */
  @FunctionalInterface
  public interface Effects {
    /**
     * The duty's effects, committed with its occurrence.
     *
     * @param occurrence the occurrence's instant
     * @param now the time
     * @return the effects
     */
    UnitOfWork.Builder apply(Instant occurrence, Instant now);
  }

  /**
   * Creates the runner.
   *
   * @param settings the wiring
   * @param calendars where the business calendars are
   * @param duties the duties
   * @param effects the effects of kefu's own duties, by duty id
   */
  public DutyRunner(Settings settings, SlaEngine calendars, List<Duty> duties, Map<String, Effects> effects) {
    this.settings = settings;
    this.calendars = calendars;
    Map<String, Duty> m = new HashMap<>();
    duties.forEach(d -> m.put(d.id(), d));
    this.duties = Map.copyOf(m);
    this.effects = Map.copyOf(effects);
  }

  private static String key(Duty d) {
    return "duty/" + d.id();
  }

  /** @return the recurring registrations of every duty */
  public List<DueWorkRunner.Recurring> recurring() {
    return duties.values().stream()
        .map(d -> new DueWorkRunner.Recurring(key(d), now -> occurrence(d, now, 1)))
        .toList();
  }

  private ScheduledWork occurrence(Duty d, Instant after, long n) {
    DutySchedule.Occurrence o = d.schedule().next(after, calendars.calendar(d.calendarId()));
    Map<String, String> attributes = new HashMap<>();
    attributes.put("duty", d.id());
    attributes.put("n", Long.toString(n));
    o.deadline().ifPresent(dl -> attributes.put("deadline", dl.toString()));
    return new ScheduledWork(key(d), KIND, o.at(), attributes);
  }

  @Override
  public UnitOfWork.Builder handle(DueItem item, Instant now) {
    Duty duty = duties.get(item.attributes().get("duty"));
    if (duty == null) {
      return UnitOfWork.builder(); // the duty was removed from the configuration: let it go
    }
    Effects own = effects.get(duty.id());
    UnitOfWork.Builder work = own == null ? UnitOfWork.builder() : own.apply(item.dueAt(), now);
    long n = Long.parseLong(item.attributes().getOrDefault("n", "1"));
    Optional<Instant> deadline = Optional.ofNullable(item.attributes().get("deadline")).map(Instant::parse);
    EventMeta meta = new EventMeta(settings.ids().next(), now, KIND, duty.id(), n);
    work.addEvents(new DutyDue(meta, duty.id(), item.dueAt(), deadline));
    work.addSchedule(occurrence(duty, item.dueAt(), n + 1));
    return work;
  }
}
