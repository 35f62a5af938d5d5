package dev.kefu.spi.sla;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * One promise with a clock: one metric of one ticket, in one cycle (reopening starts a new cycle;
 * past cycles stay). The policy, target, calendar, warning threshold and escalation ladder — the
 * clock's {@link Terms} — are recorded when the clock starts, so a later policy edit does not move
 * a running clock. What happened is an append-only {@link #log()}; elapsed and remaining time and
 * the due instant are derived from it with the clock's calendar ({@code dev.kefu.sla.ClockMath} in
 * kefu-core).
 *
 * <p>A host may hold millions of open clocks, so a clock is kept small: its id is the one string
 * it holds (the ticket is read back from it), its terms are one shared object, the enumerations
 * and flags share one {@code int}, and a log that holds only its start costs no objects at all.
 * The accessors build what they return from that.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; change one with
 * {@link #toBuilder()} or {@link #withVersion(long)}.
 */
public final class SlaClock implements Aggregate {

  /** The aggregate type name of SLA clocks. */
  public static final String TYPE = "sla-clock";

  /** What every clock id starts with: a clock's id is also the key of its timer in the due-work port. */
  public static final String ID_PREFIX = "sla/";

  /** Where a clock stands. */
  public enum Status {
    /** Time counts. */
    RUNNING,
    /** Time does not count. */
    PAUSED,
    /** Done: the promise was kept, or kept late if {@link #breached()}. */
    FULFILLED,
    /** No longer applies. */
    STOPPED;

    /** @return true while the clock can still fire */
    public boolean isOpen() {
      return this == RUNNING || this == PAUSED;
    }
  }

  /**
   * What the clock's policy promised when the clock started (or was re-applied): clocks started
   * under one policy can share one instance.
   *
   * @param policyId the policy that set the target
   * @param target the target
   * @param calendarId the business calendar the target is counted on
   * @param warnAfter the elapsed (business or calendar) time at which the warning fires
   * @param escalation the escalation ladder, in calendar time after the breach
   */
  public record Terms(String policyId, SlaTarget target, String calendarId, Duration warnAfter, List<EscalationStep> escalation) {

    /**
     * Creates terms; the ladder is copied (an unmodifiable list is taken as it is).
     *
     * @throws NullPointerException if an argument is null
     */
    public Terms {
      Objects.requireNonNull(policyId, "policyId");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(calendarId, "calendarId");
      Objects.requireNonNull(warnAfter, "warnAfter");
      escalation = List.copyOf(escalation);
    }
  }

  /**
   * The id of a ticket's clock.
   *
   * @param ticket the ticket
   * @param metric the metric
   * @param cycle the cycle, from 1
   * @return {@code sla/<ticket>/<metric>/<cycle>}
   */
  public static String idOf(TicketId ticket, SlaMetric metric, int cycle) {
    return ID_PREFIX + ticket.value() + "/" + metric + "/" + cycle;
  }

  /**
   * Where the ticket id ends in a clock id: the ticket id is {@code id.substring(ID_PREFIX.length(), end)}.
   *
   * @param id a clock id
   * @return the index after the ticket id
   */
  public static int ticketEnd(String id) {
    return id.lastIndexOf('/', id.lastIndexOf('/') - 1);
  }

  // ---- the packed int: enumerations and flags ----------------------------------------------

  private static final int METRIC = 0; // 4 bits
  private static final int PRIORITY = 4; // 3
  private static final int TIER = 7; // 3
  private static final int CHANNEL = 10; // 4
  private static final int KIND = 14; // 5
  private static final int STATUS = 19; // 2
  private static final int BREACHED = 21; // 1
  private static final int WARNED = 22; // 1
  private static final int FULL_LOG = 23; // 1: the log array holds STARTED too (its detail is not empty)
  private static final int ESCALATIONS = 24; // 8
  private static final int MAX_ESCALATIONS = 255;

  static {
    requireFits(SlaMetric.values().length, PRIORITY - METRIC);
    requireFits(Priority.values().length, TIER - PRIORITY);
    requireFits(Tier.values().length, CHANNEL - TIER);
    requireFits(Channel.values().length, KIND - CHANNEL);
    requireFits(TicketKind.values().length, STATUS - KIND);
    requireFits(Status.values().length, BREACHED - STATUS);
  }

  private static void requireFits(int values, int bits) {
    if (values > 1 << bits) {
      throw new IllegalStateException(values + " values do not fit in " + bits + " bits: widen SlaClock's packing");
    }
  }

  private static int field(int bits, int shift, int width) {
    return (bits >>> shift) & ((1 << width) - 1);
  }

  private static final SlaMetric[] METRICS = SlaMetric.values();
  private static final Priority[] PRIORITIES = Priority.values();
  private static final Tier[] TIERS = Tier.values();
  private static final Channel[] CHANNELS = Channel.values();
  private static final TicketKind[] KINDS = TicketKind.values();
  private static final Status[] STATUSES = Status.values();
  private static final ClockEntry[] NO_ENTRIES = {};

  // ---- fields ------------------------------------------------------------------------------

  private final String id;
  private final CustomerId customer;
  private final Terms terms;
  private final StaffId owner; // null if none
  private final Object[] log; // the entries after STARTED (or all, if FULL_LOG), plain or packed (see below); never shared with callers
  private final long version;
  private final long startSecond;
  private final int startNano;
  private final int cycle;
  private final int bits;
  /**
   * The ticket id, read from {@link #id} when first asked for and then kept (and passed on to the
   * clock's next versions): a racy cache of an immutable value, like {@link String}'s hash. The
   * field fills what would otherwise be padding, so it costs no memory.
   */
  private TicketId ticketId;

  private SlaClock(String id, CustomerId customer, Terms terms, StaffId owner, Object[] log, long version, long startSecond,
      int startNano, int cycle, int bits, TicketId ticketId) {
    this.ticketId = ticketId;
    this.id = id;
    this.customer = customer;
    this.terms = terms;
    this.owner = owner;
    this.log = log;
    this.version = version;
    this.startSecond = startSecond;
    this.startNano = startNano;
    this.cycle = cycle;
    this.bits = bits;
  }

  // ---- accessors ---------------------------------------------------------------------------

  /** @return {@code sla/<ticket>/<metric>/<cycle>}, also the key of the clock's timer */
  public String id() {
    return id;
  }

  /** @return the ticket, read from the id */
  public TicketId ticket() {
    TicketId t = ticketId;
    if (t == null) {
      t = TicketId.of(id.substring(ID_PREFIX.length(), ticketEnd(id)));
      ticketId = t;
    }
    return t;
  }

  /**
   * Whether this is a clock of a ticket, without building the ticket id.
   *
   * @param ticket the ticket id's value
   * @return true if the clock belongs to that ticket
   */
  public boolean isOf(String ticket) {
    return ticketEnd(id) == ID_PREFIX.length() + ticket.length() && id.startsWith(ticket, ID_PREFIX.length());
  }

  /** @return the ticket's customer */
  public CustomerId customer() {
    return customer;
  }

  /** @return the metric */
  public SlaMetric metric() {
    return METRICS[field(bits, METRIC, 4)];
  }

  /** @return the cycle, 1 for the first */
  public int cycle() {
    return cycle;
  }

  /** @return the policy, target, calendar, warning threshold and ladder the clock runs on */
  public Terms terms() {
    return terms;
  }

  /** @return the policy that set the target */
  public String policyId() {
    return terms.policyId();
  }

  /** @return the target, as recorded when the clock started (or re-applied) */
  public SlaTarget target() {
    return terms.target();
  }

  /** @return the business calendar the target is counted on */
  public String calendarId() {
    return terms.calendarId();
  }

  /** @return the ticket's priority when the clock started */
  public Priority priority() {
    return PRIORITIES[field(bits, PRIORITY, 3)];
  }

  /** @return the customer's tier when the clock started (for reports) */
  public Tier tier() {
    return TIERS[field(bits, TIER, 3)];
  }

  /** @return the ticket's channel (for reports) */
  public Channel channel() {
    return CHANNELS[field(bits, CHANNEL, 4)];
  }

  /** @return the ticket's kind (for reports) */
  public TicketKind kind() {
    return KINDS[field(bits, KIND, 5)];
  }

  /** @return the ticket's owner, kept current while the clock is open (for reports and escalation) */
  public Optional<StaffId> owner() {
    return Optional.ofNullable(owner);
  }

  /** @return the elapsed (business or calendar) time at which the warning fires */
  public Duration warnAfter() {
    return terms.warnAfter();
  }

  /** @return the escalation ladder, in calendar time after the breach */
  public List<EscalationStep> escalation() {
    return terms.escalation();
  }

  /** @return where the clock stands */
  public Status status() {
    return STATUSES[field(bits, STATUS, 2)];
  }

  /** @return true once the due instant passed while the clock was open; stays true */
  public boolean breached() {
    return field(bits, BREACHED, 1) == 1;
  }

  /** @return how many escalation steps have fired */
  public int escalationsFired() {
    return field(bits, ESCALATIONS, 8);
  }

  /** @return whether the log holds a warning */
  public boolean warned() {
    return field(bits, WARNED, 1) == 1;
  }

  /** @return what happened, in order, never rewritten; an unmodifiable view */
  public List<ClockEntry> log() {
    return new Log();
  }

  /** @return the number of log entries */
  public int logSize() {
    return field(bits, FULL_LOG, 1) == 1 ? count(log) : count(log) + 1;
  }

  /**
   * The kind of a log entry, without making the entry: {@code log().get(index).kind()}.
   *
   * @param index the entry's index, 0 for STARTED
   * @return its kind
   * @throws IndexOutOfBoundsException if there is no such entry
   */
  public ClockEntry.Kind logKind(int index) {
    Objects.checkIndex(index, logSize());
    int i = field(bits, FULL_LOG, 1) == 1 ? index : index - 1;
    if (i < 0) {
      return ClockEntry.Kind.STARTED;
    }
    if (!isPacked(log)) {
      return ((ClockEntry) log[i]).kind();
    }
    long[] packed = (long[]) log[0];
    return ENTRY_KINDS[(int) (packed[packed.length - 1] >>> (4 * i)) & 0xF];
  }

  /**
   * The instant of a log entry, without making the entry: {@code log().get(index).at()}.
   *
   * @param index the entry's index, 0 for STARTED
   * @return its instant
   * @throws IndexOutOfBoundsException if there is no such entry
   */
  public Instant logAt(int index) {
    Objects.checkIndex(index, logSize());
    int i = field(bits, FULL_LOG, 1) == 1 ? index : index - 1;
    if (i < 0) {
      return startedAt();
    }
    if (!isPacked(log)) {
      return ((ClockEntry) log[i]).at();
    }
    long nanos = ((long[]) log[0])[i];
    return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
  }

  /** @return the last log entry */
  public ClockEntry lastEntry() {
    int n = count(log);
    return n == 0 ? started() : entry(log, n - 1);
  }

  private ClockEntry started() {
    return new ClockEntry(ClockEntry.Kind.STARTED, startedAt(), "");
  }

  /** The log as a list: STARTED made on demand, the rest straight from the array. */
  private final class Log extends AbstractList<ClockEntry> implements RandomAccess {
    @Override
    public ClockEntry get(int index) {
      Objects.checkIndex(index, logSize());
      if (field(bits, FULL_LOG, 1) == 1) {
        return entry(log, index);
      }
      if (index == 0) {
        return started();
      }
      return entry(log, index - 1);
    }

    @Override
    public int size() {
      return logSize();
    }
  }

  @Override
  public long version() {
    return version;
  }

  @Override
  public String aggregateType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return id;
  }

  /** @return when the clock started */
  public Instant startedAt() {
    return Instant.ofEpochSecond(startSecond, startNano);
  }

  /** @return when the clock was fulfilled or stopped, if it was */
  public Optional<Instant> endedAt() {
    ClockEntry last = lastEntry();
    return last.kind() == ClockEntry.Kind.FULFILLED || last.kind() == ClockEntry.Kind.STOPPED
        ? Optional.of(last.at())
        : Optional.empty();
  }

  /**
   * A copy with another version.
   *
   * @param version the version, at least 1
   * @return the changed copy
   * @throws IllegalStateException if the version is below 1
   */
  public SlaClock withVersion(long version) {
    if (version < 1) {
      throw new IllegalStateException("clock version and cycle start at 1");
    }
    return version == this.version ? this
        : new SlaClock(id, customer, terms, owner, log, version, startSecond, startNano, cycle, bits, ticketId);
  }

  /**
   * A copy with one more log entry and the state that goes with it, as
   * {@code toBuilder().addLog(entry).status(status).breached(breached)
   * .escalationsFired(escalationsFired).version(version).build()} makes it, without a builder: an
   * SLA timer adds one entry to a clock each time it fires, to a million clocks a day. The copy
   * shares the id, terms and earlier entries with this clock.
   *
   * @param entry the entry to append; not before the last one
   * @param status the status after it
   * @param breached whether the clock breached, after it
   * @param escalationsFired how many escalation steps fired, after it; 0 to 255
   * @param version the copy's version, at least 1
   * @return the changed copy
   * @throws NullPointerException if {@code entry} or {@code status} is null
   * @throws IllegalStateException if the entry is before the last one, the version is below 1, or
   *     {@code escalationsFired} is out of range
   */
  public SlaClock withEntry(ClockEntry entry, Status status, boolean breached, int escalationsFired, long version) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(status, "status");
    if (version < 1) {
      throw new IllegalStateException("clock version and cycle start at 1");
    }
    if (escalationsFired < 0 || escalationsFired > MAX_ESCALATIONS) {
      throw new IllegalStateException("escalations fired must be 0 to " + MAX_ESCALATIONS + ", was " + escalationsFired);
    }
    Instant at = entry.at();
    int n = count(log);
    boolean beforeLast = n == 0
        ? at.getEpochSecond() < startSecond || (at.getEpochSecond() == startSecond && at.getNano() < startNano)
        : isBeforeEntry(at, log, n - 1);
    if (beforeLast) {
      throw new IllegalStateException("a clock's log is in time order");
    }
    Object[] longer = appended(log, entry);
    int kept = bits & ((1 << STATUS) - 1 | 1 << FULL_LOG | (field(bits, WARNED, 1) << WARNED));
    int changed = kept | status.ordinal() << STATUS | (breached ? 1 : 0) << BREACHED
        | (entry.kind() == ClockEntry.Kind.WARNED ? 1 : 0) << WARNED | escalationsFired << ESCALATIONS;
    return new SlaClock(id, customer, terms, owner, longer, version, startSecond, startNano, cycle, changed, ticketId);
  }

  // ---- the log, plain or packed --------------------------------------------------------------
  //
  // A clock's entries after STARTED are kept either plain, as a ClockEntry[], or packed, as an
  // Object[] whose first element is a long[] (each entry's instant in nanoseconds since the epoch,
  // then one long with each entry's kind in four bits) and whose others are the entries' details.
  // A fired clock is kept for as long as the store keeps it, a million of them a day: packed, its
  // log is two objects instead of an array, an entry and an instant per entry, and the collector
  // copies two objects where it copied eight. Entries are made when asked for. A log that does not
  // fit (more than 16 entries, an instant beyond the years 1678 to 2262) stays plain.

  private static final int MAX_PACKED = 16;
  private static final long NANOS = 1_000_000_000L;
  private static final long MAX_PACKED_SECOND = Long.MAX_VALUE / NANOS - 1;
  private static final ClockEntry.Kind[] ENTRY_KINDS = ClockEntry.Kind.values();

  static {
    requireFits(ENTRY_KINDS.length, 4);
  }

  private static boolean isPacked(Object[] log) {
    return !(log instanceof ClockEntry[]);
  }

  /** How many entries a log holds. */
  private static int count(Object[] log) {
    return isPacked(log) ? log.length - 1 : log.length;
  }

  /** Entry {@code i} of a log, made if the log is packed. */
  private static ClockEntry entry(Object[] log, int i) {
    if (!isPacked(log)) {
      return (ClockEntry) log[i];
    }
    long[] packed = (long[]) log[0];
    long nanos = packed[i];
    int kind = (int) (packed[packed.length - 1] >>> (4 * i)) & 0xF;
    return new ClockEntry(ENTRY_KINDS[kind], Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS)),
        (String) log[i + 1]);
  }

  /** Whether an instant is before entry {@code i} of a log. */
  private static boolean isBeforeEntry(Instant at, Object[] log, int i) {
    if (!isPacked(log)) {
      return at.isBefore(((ClockEntry) log[i]).at());
    }
    long nanos = ((long[]) log[0])[i];
    long second = Math.floorDiv(nanos, NANOS);
    return at.getEpochSecond() < second || at.getEpochSecond() == second && at.getNano() < Math.floorMod(nanos, NANOS);
  }

  private static boolean fits(Instant at) {
    return at.getEpochSecond() <= MAX_PACKED_SECOND && at.getEpochSecond() >= -MAX_PACKED_SECOND;
  }

  /** A log with one more entry at its end: packed if the log was and the entry fits. */
  private static Object[] appended(Object[] log, ClockEntry entry) {
    int n = count(log);
    if (n == 0 || isPacked(log) && n < MAX_PACKED && fits(entry.at())) {
      if (n == 0 && !fits(entry.at())) {
        return new ClockEntry[] {entry};
      }
      long[] before = n == 0 ? null : (long[]) log[0];
      long[] packed = new long[n + 2];
      if (n > 0) {
        System.arraycopy(before, 0, packed, 0, n);
      }
      packed[n] = entry.at().getEpochSecond() * NANOS + entry.at().getNano();
      packed[n + 1] = (n == 0 ? 0 : before[n]) | (long) entry.kind().ordinal() << (4 * n);
      Object[] longer = new Object[n + 2];
      longer[0] = packed;
      if (n > 0) {
        System.arraycopy(log, 1, longer, 1, n);
      }
      longer[n + 1] = entry.detail();
      return longer;
    }
    ClockEntry[] plain = new ClockEntry[n + 1];
    for (int i = 0; i < n; i++) {
      plain[i] = entry(log, i);
    }
    plain[n] = entry;
    return plain;
  }

  /** The entries as a log: packed if they fit, else the array itself; empty, the shared empty log. */
  private static Object[] logOf(ClockEntry[] entries) {
    if (entries.length == 0) {
      return NO_ENTRIES;
    }
    if (entries.length > MAX_PACKED) {
      return entries;
    }
    for (ClockEntry e : entries) {
      if (!fits(e.at())) {
        return entries;
      }
    }
    Object[] log = NO_ENTRIES;
    for (ClockEntry e : entries) {
      log = appended(log, e);
    }
    return log;
  }

  /** @return a builder holding this clock's values */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof SlaClock c && version == c.version && bits == c.bits && cycle == c.cycle
        && id.equals(c.id) && customer.equals(c.customer) && terms.equals(c.terms) && Objects.equals(owner, c.owner)
        && log().equals(c.log()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, bits, customer, terms, owner, log().size());
  }

  @Override
  public String toString() {
    return "SlaClock{id=" + id + ", customer=" + customer + ", metric=" + metric() + ", cycle=" + cycle + ", terms=" + terms
        + ", priority=" + priority() + ", tier=" + tier() + ", channel=" + channel() + ", kind=" + kind() + ", owner=" + owner()
        + ", status=" + status() + ", breached=" + breached() + ", escalationsFired=" + escalationsFired() + ", log=" + log()
        + ", version=" + version + "}";
  }

  /**
   * Builds {@link SlaClock}s. Every value must be set except the owner (none), the escalation
   * ladder (none), the breach flag and the escalation count (false, 0); the log must start with
   * STARTED and be in time order. A builder made from a clock keeps its id, terms and log as they
   * are unless they are set again, so a changed clock shares them with the one before.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private SlaClock from;
    private TicketId ticket;
    private SlaMetric metric;
    private Integer cycle;
    private CustomerId customer;
    private Terms terms;
    private String policyId;
    private SlaTarget target;
    private String calendarId;
    private Duration warnAfter;
    private List<EscalationStep> escalation;
    private Priority priority;
    private Tier tier;
    private Channel channel;
    private TicketKind kind;
    private StaffId owner;
    private Status status;
    private boolean breached;
    private int escalationsFired;
    private Long version;
    private List<ClockEntry> entries; // null: the log of `from`, plus `appended`
    private final List<ClockEntry> appended = new ArrayList<>(1);

    private Builder() {}

    /**
     * Takes every value of a clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder from(SlaClock clock) {
      from = clock;
      ticket = null;
      metric = clock.metric();
      cycle = clock.cycle;
      customer = clock.customer;
      terms = clock.terms;
      policyId = null;
      target = null;
      calendarId = null;
      warnAfter = null;
      escalation = null;
      priority = clock.priority();
      tier = clock.tier();
      channel = clock.channel();
      kind = clock.kind();
      owner = clock.owner;
      status = clock.status();
      breached = clock.breached();
      escalationsFired = clock.escalationsFired();
      version = clock.version;
      entries = null;
      appended.clear();
      return this;
    }

    /**
     * @param value the ticket
     * @return this builder
     */
    public Builder ticket(TicketId value) {
      ticket = Objects.requireNonNull(value, "ticket");
      return this;
    }

    /**
     * @param value the metric
     * @return this builder
     */
    public Builder metric(SlaMetric value) {
      metric = Objects.requireNonNull(value, "metric");
      return this;
    }

    /**
     * @param value the cycle, from 1
     * @return this builder
     */
    public Builder cycle(int value) {
      cycle = value;
      return this;
    }

    /**
     * @param value the customer
     * @return this builder
     */
    public Builder customer(CustomerId value) {
      customer = Objects.requireNonNull(value, "customer");
      return this;
    }

    /**
     * Sets policy, target, calendar, warning threshold and ladder at once.
     *
     * @param value the terms
     * @return this builder
     */
    public Builder terms(Terms value) {
      terms = Objects.requireNonNull(value, "terms");
      policyId = null;
      target = null;
      calendarId = null;
      warnAfter = null;
      escalation = null;
      return this;
    }

    /**
     * @param value the policy id
     * @return this builder
     */
    public Builder policyId(String value) {
      policyId = Objects.requireNonNull(value, "policyId");
      return this;
    }

    /**
     * @param value the target
     * @return this builder
     */
    public Builder target(SlaTarget value) {
      target = Objects.requireNonNull(value, "target");
      return this;
    }

    /**
     * @param value the calendar id
     * @return this builder
     */
    public Builder calendarId(String value) {
      calendarId = Objects.requireNonNull(value, "calendarId");
      return this;
    }

    /**
     * @param value the warning threshold
     * @return this builder
     */
    public Builder warnAfter(Duration value) {
      warnAfter = Objects.requireNonNull(value, "warnAfter");
      return this;
    }

    /**
     * @param value the escalation ladder
     * @return this builder
     */
    public Builder escalation(Iterable<EscalationStep> value) {
      List<EscalationStep> steps = new ArrayList<>();
      value.forEach(steps::add);
      escalation = List.copyOf(steps);
      return this;
    }

    /**
     * @param value the priority
     * @return this builder
     */
    public Builder priority(Priority value) {
      priority = Objects.requireNonNull(value, "priority");
      return this;
    }

    /**
     * @param value the tier
     * @return this builder
     */
    public Builder tier(Tier value) {
      tier = Objects.requireNonNull(value, "tier");
      return this;
    }

    /**
     * @param value the channel
     * @return this builder
     */
    public Builder channel(Channel value) {
      channel = Objects.requireNonNull(value, "channel");
      return this;
    }

    /**
     * @param value the ticket kind
     * @return this builder
     */
    public Builder kind(TicketKind value) {
      kind = Objects.requireNonNull(value, "kind");
      return this;
    }

    /**
     * @param value the owner
     * @return this builder
     */
    public Builder owner(StaffId value) {
      owner = Objects.requireNonNull(value, "owner");
      return this;
    }

    /**
     * @param value the owner, or empty for none
     * @return this builder
     */
    public Builder owner(Optional<StaffId> value) {
      owner = value.orElse(null);
      return this;
    }

    /**
     * @param value the status
     * @return this builder
     */
    public Builder status(Status value) {
      status = Objects.requireNonNull(value, "status");
      return this;
    }

    /**
     * @param value whether the clock breached
     * @return this builder
     */
    public Builder breached(boolean value) {
      breached = value;
      return this;
    }

    /**
     * @param value how many escalation steps fired, 0 to 255
     * @return this builder
     */
    public Builder escalationsFired(int value) {
      escalationsFired = value;
      return this;
    }

    /**
     * @param value the version, from 1
     * @return this builder
     */
    public Builder version(long value) {
      version = value;
      return this;
    }

    /**
     * Appends entries to the log.
     *
     * @param values the entries
     * @return this builder
     */
    public Builder addLog(ClockEntry... values) {
      for (ClockEntry e : values) {
        (entries == null ? appended : entries).add(Objects.requireNonNull(e, "log entry"));
      }
      return this;
    }

    /**
     * Appends entries to the log.
     *
     * @param values the entries
     * @return this builder
     */
    public Builder addAllLog(Iterable<ClockEntry> values) {
      values.forEach(this::addLog);
      return this;
    }

    /**
     * Replaces the log.
     *
     * @param values the entries
     * @return this builder
     */
    public Builder log(Iterable<ClockEntry> values) {
      entries = new ArrayList<>();
      appended.clear();
      return addAllLog(values);
    }

    /**
     * Builds the clock.
     *
     * @return the clock
     * @throws IllegalStateException if a value is missing, or the clock breaks an invariant:
     *     version and cycle start at 1, the log starts with STARTED and is in time order, at most
     *     255 escalations fired
     */
    public SlaClock build() {
      List<String> missing = new ArrayList<>(0);
      String id = id(missing);
      Terms t = terms(missing);
      if (id == null || t == null || customer == null || priority == null || tier == null || channel == null || kind == null
          || status == null || version == null) {
        require(customer, "customer", missing);
        require(priority, "priority", missing);
        require(tier, "tier", missing);
        require(channel, "channel", missing);
        require(kind, "kind", missing);
        require(status, "status", missing);
        require(version, "version", missing);
        throw new IllegalStateException("Cannot build SlaClock, some of required attributes are not set " + missing);
      }
      if (version < 1 || cycle < 1) {
        throw new IllegalStateException("clock version and cycle start at 1");
      }
      if (escalationsFired < 0 || escalationsFired > MAX_ESCALATIONS) {
        throw new IllegalStateException("escalations fired must be 0 to " + MAX_ESCALATIONS + ", was " + escalationsFired);
      }
      Object[] log;
      long startSecond;
      int startNano;
      boolean full;
      boolean warned;
      if (entries == null && from != null) {
        ClockEntry before = from.lastEntry();
        requireInOrder(before, appended);
        log = from.log;
        for (ClockEntry e : appended) {
          log = SlaClock.appended(log, e);
        }
        startSecond = from.startSecond;
        startNano = from.startNano;
        full = field(from.bits, FULL_LOG, 1) == 1;
        warned = from.warned() || holdsWarning(appended);
      } else {
        List<ClockEntry> all = entries != null ? entries : appended;
        if (all.isEmpty() || all.get(0).kind() != ClockEntry.Kind.STARTED) {
          throw new IllegalStateException("a clock's log starts with STARTED");
        }
        requireInOrder(all.get(0), all.subList(1, all.size()));
        ClockEntry first = all.get(0);
        startSecond = first.at().getEpochSecond();
        startNano = first.at().getNano();
        full = !first.detail().isEmpty();
        List<ClockEntry> kept = full ? all : all.subList(1, all.size());
        log = logOf(kept.toArray(NO_ENTRIES));
        warned = holdsWarning(all);
      }
      int bits = metric.ordinal() << METRIC | priority.ordinal() << PRIORITY | tier.ordinal() << TIER
          | channel.ordinal() << CHANNEL | kind.ordinal() << KIND | status.ordinal() << STATUS | (breached ? 1 : 0) << BREACHED
          | (warned ? 1 : 0) << WARNED | (full ? 1 : 0) << FULL_LOG | escalationsFired << ESCALATIONS;
      // a new clock does not keep the ticket id it was given: most clocks are never asked for it
      return new SlaClock(id, customer, t, owner, log, version, startSecond, startNano, cycle, bits,
          from != null && id == from.id ? from.ticketId : null);
    }

    private String id(List<String> missing) {
      if (from != null && (ticket == null || from.isOf(ticket.value())) && metric == from.metric() && cycle != null
          && cycle == from.cycle) {
        return from.id; // unchanged: share the string
      }
      TicketId t = ticket != null ? ticket : from != null ? from.ticket() : null;
      require(t, "ticket", missing);
      require(metric, "metric", missing);
      require(cycle, "cycle", missing);
      return t == null || metric == null || cycle == null ? null : idOf(t, metric, cycle);
    }

    private Terms terms(List<String> missing) {
      if (policyId == null && target == null && calendarId == null && warnAfter == null && escalation == null && terms != null) {
        return terms;
      }
      String p = policyId != null ? policyId : terms != null ? terms.policyId() : null;
      SlaTarget tg = target != null ? target : terms != null ? terms.target() : null;
      String cal = calendarId != null ? calendarId : terms != null ? terms.calendarId() : null;
      Duration w = warnAfter != null ? warnAfter : terms != null ? terms.warnAfter() : null;
      List<EscalationStep> e = escalation != null ? escalation : terms != null ? terms.escalation() : List.of();
      require(p, "policyId", missing);
      require(tg, "target", missing);
      require(cal, "calendarId", missing);
      require(w, "warnAfter", missing);
      return p == null || tg == null || cal == null || w == null ? null : new Terms(p, tg, cal, w, e);
    }

    private static boolean holdsWarning(List<ClockEntry> entries) {
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).kind() == ClockEntry.Kind.WARNED) {
          return true;
        }
      }
      return false;
    }

    private static void require(Object value, String name, List<String> missing) {
      if (value == null) {
        missing.add(name);
      }
    }

    private static void requireInOrder(ClockEntry before, List<ClockEntry> next) {
      Instant at = before.at();
      for (ClockEntry e : next) {
        if (e.at().isBefore(at)) {
          throw new IllegalStateException("a clock's log is in time order");
        }
        at = e.at();
      }
    }
  }
}
