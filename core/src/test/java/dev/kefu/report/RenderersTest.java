package dev.kefu.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The CSV, JSON and HTML renderers: round trips through parsers, escaping, and the shape of the charts. */
class RenderersTest {

  private static final String NASTY = "a \"quoted\", comma\r\nnew line <b>&amp;</b> 'x' \\ \t tab \u0001 \u2028 中文";

  static Report sample() {
    Report.Table table = new Report.Table("Mixed cells", List.of("text", "count", "share", "none", "big"), List.of(
        Arrays.asList(NASTY, 3, 0.125, null, new BigDecimal("1234567.50")),
        Arrays.asList("plain", -7L, Double.NaN, "", 1e-7),
        Arrays.asList("", 0, 100.0, "x,y", 12345678901L)));
    Report.Chart bars = new Report.Chart("Causes <bars>", Report.Chart.Kind.BAR, List.of("LOGISTICS", "SERVICE", "PRICING"),
        "complaints", List.of(new Report.Series("this week", List.of(3.0, 0.0, Double.NaN)),
            new Report.Series("week before", List.of(1.0, 2.0, 4.0))));
    Report.Chart line = new Report.Chart("CSAT trend", Report.Chart.Kind.LINE, List.of("Mon", "Tue", "Wed", "Thu"), "%",
        List.of(new Report.Series("CSAT", List.of(80.0, Double.NaN, 90.5, 100.0))));
    return new Report("sample", "Sample & <report>", "QA-5", Instant.parse("2026-03-02T00:00:00Z"),
        Instant.parse("2026-03-09T00:00:00Z"), List.of(table, bars, line));
  }

  // ---- CSV ---------------------------------------------------------------------------------------

  /** An RFC 4180 reader, written here so the test does not trust the renderer's own rules. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    boolean any = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
        } else if (c == '"') {
          quoted = false;
          i++;
        } else {
          field.append(c);
          i++;
        }
      } else if (c == '"') {
        assertThat(field).as("a quote only opens a field").isEmpty();
        quoted = true;
        any = true;
        i++;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i += 2;
        any = false;
      } else {
        assertThat(c).as("a bare CR or LF outside quotes at " + i).isNotIn('\r', '\n');
        field.append(c);
        any = true;
        i++;
      }
    }
    assertThat(quoted).as("unterminated quote").isFalse();
    assertThat(field.length() == 0 && record.isEmpty() && !any).as("the last record ends in CRLF").isTrue();
    return records;
  }

  @Test
  @DisplayName("CSV: one RFC 4180 file per section, which a parser reads back cell for cell")
  void csvRoundTrip() {
    Map<String, String> files = CsvRenderer.render(sample());
    assertThat(files.keySet()).containsExactly("sample-01-mixed-cells.csv", "sample-02-causes-bars.csv",
        "sample-03-csat-trend.csv");

    List<List<String>> table = parseCsv(files.get("sample-01-mixed-cells.csv"));
    assertThat(table).containsExactly(
        List.of("text", "count", "share", "none", "big"),
        List.of(NASTY, "3", "0.125", "", "1234567.5"),
        List.of("plain", "-7", "", "", "0.0000001"),
        List.of("", "0", "100", "x,y", "12345678901"));

    List<List<String>> bars = parseCsv(files.get("sample-02-causes-bars.csv"));
    assertThat(bars).containsExactly(
        List.of("label", "this week", "week before"),
        List.of("LOGISTICS", "3", "1"),
        List.of("SERVICE", "0", "2"),
        List.of("PRICING", "", "4"));
  }

  // ---- JSON --------------------------------------------------------------------------------------

  @Test
  @DisplayName("JSON: Jackson reads back every string, number, null and NaN (as null)")
  void jsonRoundTrip() throws Exception {
    Report report = sample();
    JsonNode root = new ObjectMapper().readTree(JsonRenderer.render(report));
    assertThat(root.get("id").asText()).isEqualTo("sample");
    assertThat(root.get("title").asText()).isEqualTo("Sample & <report>");
    assertThat(root.get("ruleId").asText()).isEqualTo("QA-5");
    assertThat(Instant.parse(root.get("from").asText())).isEqualTo(report.from());
    assertThat(Instant.parse(root.get("to").asText())).isEqualTo(report.to());

    JsonNode table = root.get("sections").get(0);
    assertThat(table.get("type").asText()).isEqualTo("table");
    JsonNode row = table.get("rows").get(0);
    assertThat(row.get(0).asText()).isEqualTo(NASTY);
    assertThat(row.get(1).isIntegralNumber()).isTrue();
    assertThat(row.get(1).asInt()).isEqualTo(3);
    assertThat(row.get(2).isNumber()).isTrue();
    assertThat(row.get(2).asDouble()).isEqualTo(0.125);
    assertThat(row.get(3).isNull()).isTrue();
    assertThat(row.get(4).decimalValue()).isEqualByComparingTo("1234567.5");
    JsonNode second = table.get("rows").get(1);
    assertThat(second.get(1).asLong()).isEqualTo(-7L);
    assertThat(second.get(2).isNull()).as("NaN is null").isTrue();
    assertThat(second.get(4).asDouble()).isEqualTo(1e-7);
    assertThat(table.get("rows").get(2).get(4).asLong()).isEqualTo(12345678901L);

    JsonNode bars = root.get("sections").get(1);
    assertThat(bars.get("type").asText()).isEqualTo("chart");
    assertThat(bars.get("kind").asText()).isEqualTo("bar");
    assertThat(bars.get("xLabels").get(2).asText()).isEqualTo("PRICING");
    assertThat(bars.get("series").get(0).get("values").get(0).asDouble()).isEqualTo(3.0);
    assertThat(bars.get("series").get(0).get("values").get(2).isNull()).isTrue();
    JsonNode line = root.get("sections").get(2);
    assertThat(line.get("yUnit").asText()).isEqualTo("%");
    assertThat(line.get("series").get(0).get("values").get(2).asDouble()).isEqualTo(90.5);

    JsonNode many = new ObjectMapper().readTree(JsonRenderer.render(List.of(report, report)));
    assertThat(many.isArray()).isTrue();
    assertThat(many.size()).isEqualTo(2);
  }

  // ---- HTML --------------------------------------------------------------------------------------

  private static int count(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  @DisplayName("HTML: one self-contained page, every text escaped, a bar per finite value and a point per finite value")
  void html() {
    String html = HtmlRenderer.render("Day <page>", List.of(sample(), sample()), ZoneId.of("Asia/Shanghai"));
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html).doesNotContain("<script", "<link", "<img", "@import", "url(", "src=");
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:", "https:");
    assertThat(html).contains("<title>Day &lt;page&gt;</title>", "Sample &amp; &lt;report&gt;", "Causes &lt;bars&gt;",
        "a &quot;quoted&quot;, comma", "&lt;b&gt;&amp;amp;&lt;/b&gt; &#39;x&#39;");
    assertThat(html).doesNotContain("<b>&amp;</b>");
    // two copies of the sample: 5 finite bar values and 3 finite line points each
    assertThat(count(html, "<svg class=\"chart\"")).isEqualTo(4);
    assertThat(count(html, "<rect class=\"bar\"")).isEqualTo(10);
    assertThat(count(html, "<circle class=\"point\"")).isEqualTo(6);
    // NaN breaks the line into two pieces: a move, then a move and a line
    assertThat(count(html, "<path class=\"line\" d=\"M[0-9.]+ [0-9.]+ M[0-9.]+ [0-9.]+ L[0-9.]+ [0-9.]+\"")).isEqualTo(2);
    assertThat(count(html, "<g class=\"legend\">")).isEqualTo(4);
    assertThat(html).contains("2026-03-02 08:00 to 2026-03-09 08:00 (Asia/Shanghai)");
  }

  @Test
  @DisplayName("HTML: a bar's height is its value over the axis top, here 4 over a top of 5")
  void barHeights() {
    String html = HtmlRenderer.render(sample());
    // the plot is 300 - 24 - 78 = 198 high; the top of 4 complaints is 5, so a bar of 4 is 158.4 high
    assertThat(html).contains("height=\"158.4\" stroke=\"none\"><title>PRICING: 4</title>");
    assertThat(HtmlRenderer.niceCeiling(4)).isEqualTo(5);
    assertThat(HtmlRenderer.niceCeiling(17)).isEqualTo(20);
    assertThat(HtmlRenderer.niceCeiling(0)).isEqualTo(1);
  }
}
