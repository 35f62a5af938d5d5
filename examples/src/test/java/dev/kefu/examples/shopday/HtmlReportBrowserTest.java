package dev.kefu.examples.shopday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kefu.report.HtmlRenderer;
import dev.kefu.report.Report;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens HTML reports in headless Chromium (Debian's {@code chromium}) and checks that the charts
 * rendered: the DOM Chromium built holds the SVG bars and points the data asks for, and the
 * screenshot shows them in their colours. Skips only when Chromium is missing and {@code CI} is not
 * {@code true}; on CI a missing Chromium fails the test.
 */
class HtmlReportBrowserTest {

  private static Path chromium;

  @BeforeAll
  static void findChromium() {
    chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream().map(Path::of).filter(Files::isExecutable)
        .findFirst().orElse(null);
    if (chromium == null) {
      boolean ci = "true".equals(System.getenv("CI"));
      assertThat(ci).as("CI=true and Debian's chromium is missing: .ci/run installs it").isFalse();
      assumeTrue(false, "headless Chromium is not installed (apt-get install chromium); skipping the browser test");
    }
  }

  /** Runs Chromium headless on a file, as this machine needs it started, and returns its standard output. */
  static String chromium(Path profile, Path page, String... mode) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1", "--user-data-dir=" + profile));
    cmd.addAll(List.of(mode));
    cmd.add(page.toUri().toString());
    Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 2 minutes");
    }
    assertThat(p.exitValue()).as("chromium's exit code").isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static Report known() {
    Report.Chart bars = new Report.Chart("Required vs scheduled", Report.Chart.Kind.BAR, List.of("09:00", "09:30", "10:00"),
        "agents", List.of(new Report.Series("required", List.of(4.0, 6.0, 5.0)),
            new Report.Series("scheduled", List.of(5.0, 5.0, Double.NaN))));
    Report.Chart line = new Report.Chart("CSAT trend", Report.Chart.Kind.LINE, List.of("Mon", "Tue", "Wed", "Thu", "Fri"),
        "%", List.of(new Report.Series("CSAT", List.of(70.0, 80.0, 90.0, Double.NaN, 85.0))));
    return new Report("known", "Known <report>", "QA-4", Instant.parse("2026-03-02T00:00:00Z"),
        Instant.parse("2026-03-03T00:00:00Z"), List.of(bars, line,
            new Report.Table("t", List.of("a"), List.of(List.of("<img src=x>")))));
  }

  @Test
  @DisplayName("A known report in Chromium: 5 bars and 4 points in the DOM, and the series' colours on the screenshot")
  void knownReport(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("known.html");
    Files.writeString(page, HtmlRenderer.render("Known", List.of(known()), ZoneId.of("UTC")), StandardCharsets.UTF_8);

    String dom = chromium(dir.resolve("profile-dom"), page, "--dump-dom");
    assertThat(count(dom, "<svg[^>]*class=\"chart\"")).isEqualTo(2);
    assertThat(count(dom, "<rect class=\"bar\"")).isEqualTo(5); // 3 required + 2 scheduled (NaN draws nothing)
    assertThat(count(dom, "<circle class=\"point\"")).isEqualTo(4);
    assertThat(count(dom, "<path class=\"line\"")).isEqualTo(1);
    assertThat(dom).doesNotContain("<img").contains("&lt;img src=x&gt;");

    Path png = dir.resolve("known.png");
    chromium(dir.resolve("profile-shot"), page, "--screenshot=" + png, "--window-size=1000,900");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG screenshot").isNotNull();
    assertThat(pixels(image, HtmlRenderer0.colour(0))).as("pixels of the first series' colour").isGreaterThan(500);
    assertThat(pixels(image, HtmlRenderer0.colour(1))).as("pixels of the second series' colour").isGreaterThan(300);
  }

  @Test
  @DisplayName("ShopDay's page in Chromium: every chart has an SVG with bars or points, and the page is not blank")
  void shopDay(@TempDir Path dir) throws Exception {
    Simulation.Outcome outcome = Simulation.run(new DayOptions(42, 300, 600));
    List<Report> reports = HtmlReport.reports(outcome);
    long charts = reports.stream().flatMap(r -> r.sections().stream()).filter(s -> s instanceof Report.Chart).count();
    long bars = reports.stream().flatMap(r -> r.sections().stream()).filter(s -> s instanceof Report.Chart c
        && c.kind() == Report.Chart.Kind.BAR).mapToLong(s -> finite((Report.Chart) s)).sum();
    long points = reports.stream().flatMap(r -> r.sections().stream()).filter(s -> s instanceof Report.Chart c
        && c.kind() == Report.Chart.Kind.LINE).mapToLong(s -> finite((Report.Chart) s)).sum();
    Path page = HtmlReport.write(outcome, dir.resolve("shopday.html"));

    String dom = chromium(dir.resolve("profile-dom"), page, "--dump-dom");
    assertThat(count(dom, "<svg[^>]*class=\"chart\"")).isEqualTo((int) charts);
    assertThat(count(dom, "<rect class=\"bar\"")).isEqualTo((int) bars);
    assertThat(count(dom, "<circle class=\"point\"")).isEqualTo((int) points);
    assertThat(bars).as("the staffing chart alone has bars").isPositive();
    assertThat(points).as("the SLA line has points").isPositive();

    Path png = dir.resolve("shopday.png");
    chromium(dir.resolve("profile-shot"), page, "--screenshot=" + png, "--window-size=1200,1600");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(pixels(image, HtmlRenderer0.colour(0))).isGreaterThan(500);
  }

  private static long finite(Report.Chart c) {
    return c.series().stream().flatMap(s -> s.values().stream()).filter(v -> v != null && Double.isFinite(v)).count();
  }

  /** Pixels within a small distance of a colour (the browser may blend edges). */
  private static int pixels(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        int dr = ((p >> 16) & 0xff) - ((rgb >> 16) & 0xff);
        int dg = ((p >> 8) & 0xff) - ((rgb >> 8) & 0xff);
        int db = (p & 0xff) - (rgb & 0xff);
        if (Math.abs(dr) + Math.abs(dg) + Math.abs(db) <= 12) {
          n++;
        }
      }
    }
    return n;
  }

  /** The renderer's palette, as the page declares it (#1f77b4, #ff7f0e, …). */
  private static final class HtmlRenderer0 {
    private static final List<Integer> PALETTE = List.of(0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728);

    static int colour(int i) {
      return PALETTE.get(i);
    }
  }

}
