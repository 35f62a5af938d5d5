package dev.kefu.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The load test in CI, on the PostgreSQL server of {@code KEFU_PG_URL} (or {@code .ci/postgres}'s):
 * a run passes when its check finds nothing lost or doubled and nothing threw. Under {@code CI=true}
 * a missing server fails; elsewhere the tests are skipped with that message. No timing is asserted;
 * each run stops at the load test's own cap.
 */
class LoadInCiTest {

  private static String server;

  @BeforeAll
  static void server() {
    server = LoadDatabase.serverUrl();
    if (!LoadDatabase.answers(server)) {
      String why = "no PostgreSQL server answers at " + server + "; set " + LoadDatabase.URL_VARIABLE
          + " or start one with .ci/postgres";
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but " + why);
      }
      Assumptions.abort(why);
    }
  }

  @Test
  @DisplayName("2,000 tickets through four instances on kefu-jdbc, then the in-memory baseline: nothing lost or doubled")
  void twoThousandTickets() throws Exception {
    passes(LoadTest.Options.of(2_000));
  }

  private static void passes(LoadTest.Options options) throws Exception {
    LoadTest.Report report = LoadTest.run(options, server, System.out);
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    LoadTest.print(report, new PrintStream(text, true, StandardCharsets.UTF_8));
    System.out.println(text.toString(StandardCharsets.UTF_8));
    assertThat(report.postgres().verdict().events()).as("the check read the run's events").isPositive();
    assertThat(report.passed()).as(text.toString(StandardCharsets.UTF_8)).isTrue();
  }
}
