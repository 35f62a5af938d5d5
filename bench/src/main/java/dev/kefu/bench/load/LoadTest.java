package dev.kefu.bench.load;

import dev.kefu.jdbc.JdbcStorage;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.store.Storage;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The load test of issue 8: four instances of kefu over one PostgreSQL database take tickets
 * through their lifecycles with SLA timers, then a check that nothing was lost or done twice; the
 * same workload on kefu's in-memory store, in the same run, is the baseline the throughput is read
 * against. See docs/performance.md, "Load test".
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.kefu.bench.load.LoadTest 100000
 *     [--instances 4] [--threads 4] [--cap-seconds 300] [--pool 4] [--no-baseline] [--keep-database] [--profile]
 * </pre>
 *
 * <p>Exit status: 0 if every check passed; 1 if a check found something lost or duplicated, or a
 * command or a housekeeping round threw; 2 if it could not run (no server); 3 if a run went over
 * its cap.
 */
public final class LoadTest {

  /**
   * How the test runs.
   *
   * @param tickets how many tickets
   * @param instances how many instances of kefu
   * @param threads how many threads make commands
   * @param cap the longest a run (each store's) may take
   * @param poolSize connections per instance
   * @param baseline whether to run the in-memory baseline
   * @param keepDatabase whether to leave the database behind
   * @param profile whether to time every store call and print where the time went
   */
  public record Options(int tickets, int instances, int threads, Duration cap, int poolSize, boolean baseline,
      boolean keepDatabase, boolean profile) {

    /**
     * The settings for a number of tickets: four instances, one command thread each (on
     * two cores eight threads mostly took turns: 30,000 tickets took 193 s with eight, 120 s with
     * four, 115 s with two), four connections each, the five-minute cap.
     */
    public static Options of(int tickets) {
      return new Options(tickets, 4, 4, Duration.ofMinutes(5), 4, true, false, false);
    }

    /** @return these options without the in-memory baseline */
    public Options withoutBaseline() {
      return new Options(tickets, instances, threads, cap, poolSize, false, keepDatabase, profile);
    }
  }

  /** A run's figures and its check. */
  public record Result(LoadRun.Figures figures, LoadCheck.Verdict verdict) {

    /** @return whether nothing was lost or doubled and nothing threw, in a command or in housekeeping */
    public boolean passed() {
      return verdict.passed() && figures.failures().isEmpty();
    }
  }

  /** What the test found: the PostgreSQL run, and the baseline's if it ran. */
  public record Report(String server, Options options, Result postgres, Result baseline) {

    /** @return whether every check passed */
    public boolean passed() {
      return postgres.passed() && (baseline == null || baseline.passed());
    }
  }

  private LoadTest() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: LoadTest <tickets> [--instances n] [--threads n] [--cap-seconds s] [--pool n] [--no-baseline]"
          + " [--keep-database] [--profile]");
      System.exit(2);
      return;
    }
    String server = LoadDatabase.serverUrl();
    if (!LoadDatabase.answers(server)) {
      System.err.println("no PostgreSQL server answers at " + server + " (set " + LoadDatabase.URL_VARIABLE
          + ", or start one with .ci/postgres)");
      System.exit(2);
      return;
    }
    try {
      Report report = run(options, server, System.out);
      print(report, System.out);
      System.exit(report.passed() ? 0 : 1);
    } catch (Deadline.Exceeded e) {
      System.err.println("ABORTED: " + e.getMessage());
      System.exit(3);
    } catch (SQLException e) {
      System.err.println("could not set up the database: " + e);
      System.exit(2);
    }
  }

  static Options parse(String[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException("how many tickets?");
    }
    Options o = Options.of(Integer.parseInt(args[0].replace("_", "").replace(",", "")));
    int instances = o.instances();
    int threads = o.threads();
    Duration cap = o.cap();
    int pool = o.poolSize();
    boolean baseline = o.baseline();
    boolean keep = o.keepDatabase();
    boolean profile = o.profile();
    for (int a = 1; a < args.length; a++) {
      switch (args[a]) {
        case "--instances" -> instances = Integer.parseInt(args[++a]);
        case "--threads" -> threads = Integer.parseInt(args[++a]);
        case "--cap-seconds" -> cap = Duration.ofSeconds(Long.parseLong(args[++a]));
        case "--pool" -> pool = Integer.parseInt(args[++a]);
        case "--no-baseline" -> baseline = false;
        case "--keep-database" -> keep = true;
        case "--profile" -> profile = true;
        default -> throw new IllegalArgumentException("unknown option " + args[a]);
      }
    }
    o = new Options(o.tickets(), instances, threads, cap, pool, baseline, keep, profile);
    return o;
  }

  /**
   * Runs the baseline on the in-memory store, then the load on a fresh PostgreSQL database, and
   * checks each.
   *
   * @param log where progress goes
   * @throws Deadline.Exceeded if a run goes over the cap
   */
  public static Report run(Options options, String server, PrintStream log) throws SQLException {
    Timeline timeline = new Timeline(options.tickets());
    log.printf("load test: %,d tickets, %,d commands, %d instances, %d command threads, cap %d s per run%n", options.tickets(),
        timeline.commands(), options.instances(), options.threads(), options.cap().toSeconds());
    Result baseline = null;
    if (options.baseline()) {
      InMemoryStorage memory = new InMemoryStorage();
      baseline = runAndCheck("in-memory", Collections.nCopies(options.instances(), memory), options, timeline, log);
      // the baseline's store (100,000 tickets: gigabytes) is garbage now; collect it here, untimed,
      // rather than have the collector take its CPU from the PostgreSQL run
      System.gc();
    }
    try (LoadDatabase db = LoadDatabase.create(server, options.keepDatabase())) {
      String version = db.serverVersion();
      List<Storage> storages = new ArrayList<>();
      for (int k = 0; k < options.instances(); k++) {
        JdbcStorage storage = new JdbcStorage(db.pool("load-" + (k + 1), options.poolSize()));
        if (k == 0) {
          storage.migrate();
        }
        storages.add(storage);
      }
      log.printf("database %s on %s%n", db.name(), version);
      Result postgres = runAndCheck("postgresql", storages, options, timeline, log);
      return new Report(version, options, postgres, baseline);
    }
  }

  private static Result runAndCheck(String store, List<Storage> storages, Options options, Timeline timeline, PrintStream log) {
    log.printf("%s: running%n", store);
    Map<String, StoreProfile.Tally> tallies = StoreProfile.tallies();
    List<Storage> ports = options.profile() ? storages.stream().<Storage>map(s -> new StoreProfile(s, tallies)).toList() : storages;
    LoadRun.Outcome outcome;
    try {
      outcome = new LoadRun(store, ports, options.threads(), timeline).run(new Deadline(options.cap()));
    } finally {
      if (options.profile()) {
        printProfile(store, tallies, log);
      }
    }
    LoadRun.Figures f = outcome.figures();
    log.printf("%s: ran in %.1f s: %,.0f tickets/s, %,.0f commands/s; checking%n", store, f.wall().toMillis() / 1000.0,
        f.ticketsPerSecond(), f.commandsPerSecond());
    long start = System.nanoTime();
    LoadCheck.Verdict verdict = new LoadCheck(timeline).check(storages.get(0), outcome);
    log.printf("%s: checked in %.1f s: %s%n", store, (System.nanoTime() - start) / 1e9,
        verdict.passed() ? "passed" : verdict.problemCount() + " problem(s)");
    return new Result(outcome.figures(), verdict);
  }

  private static void printProfile(String store, Map<String, StoreProfile.Tally> tallies, PrintStream out) {
    double total = tallies.values().stream().mapToLong(t -> t.nanos.sum()).sum() / 1e9;
    out.printf("%n%s: store calls, every thread (%.1f s in all)%n", store, total);
    out.println("| port method | calls | seconds | ms per call | share |");
    out.println("|---|---:|---:|---:|---:|");
    StoreProfile.sorted(tallies).forEach((name, t) -> out.printf("| %s | %,d | %.1f | %.3f | %.1f%% |%n", name, t.calls.sum(),
        t.nanos.sum() / 1e9, t.nanos.sum() / 1e6 / Math.max(1, t.calls.sum()), 100.0 * t.nanos.sum() / 1e9 / Math.max(total, 1e-9)));
    out.println();
  }

  static void print(Report report, PrintStream out) {
    out.println();
    out.printf("| store | instances | tickets | commands | events | notifications | due items | wall (s) | tickets/s | commands/s"
        + " | made again | check |%n");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (Result r : report.baseline() == null ? List.of(report.postgres()) : List.of(report.baseline(), report.postgres())) {
      LoadRun.Figures f = r.figures();
      LoadCheck.Verdict v = r.verdict();
      out.printf("| %s | %d | %,d | %,d | %,d | %,d | %,d | %.1f | %,.0f | %,.0f | %,d | %s |%n", f.store(), f.instances(), f.tickets(),
          f.commands(), v.events(), v.notifications(), f.dueItems(), f.wall().toMillis() / 1000.0, f.ticketsPerSecond(),
          f.commandsPerSecond(), f.repeated(), r.passed() ? "passed"
              : v.problemCount() + " problem(s), " + f.failures().values().stream().mapToLong(Long::longValue).sum() + " failure(s)");
    }
    if (report.baseline() != null) {
      out.printf("%nthroughput, PostgreSQL ÷ in-memory: %.3f%n",
          report.postgres().figures().commandsPerSecond() / report.baseline().figures().commandsPerSecond());
    }
    for (Result r : report.baseline() == null ? List.of(report.postgres()) : List.of(report.baseline(), report.postgres())) {
      out.printf("%n%s: other events %s%n", r.figures().store(), r.verdict().otherEvents());
      for (Map.Entry<String, Long> f : r.figures().failures().entrySet()) {
        out.printf("%s: FAILED %,d× %s%n", r.figures().store(), f.getValue(), f.getKey());
      }
      for (String p : r.verdict().problems()) {
        out.printf("%s: PROBLEM %s%n", r.figures().store(), p);
      }
    }
  }
}
