package dev.kefu.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Mermaid state diagram in docs/complaints.md and the lifecycle table say the same thing. */
class ComplaintDiagramTest {

  private static final Pattern EDGE = Pattern.compile("^\\s*(\\[\\*]|[A-Z_]+)\\s*-->\\s*(\\[\\*]|[A-Z_]+)(?::\\s*([A-Z_]+))?\\s*$");

  private static Set<String> diagramEdges() throws IOException {
    Path doc = Path.of("..", "docs", "complaints.md");
    List<String> lines = Files.readAllLines(doc);
    int start = lines.indexOf("```mermaid");
    Set<String> edges = new HashSet<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("```")) {
        break;
      }
      Matcher m = EDGE.matcher(line);
      if (m.matches() && m.group(3) != null) {
        edges.add(m.group(1) + " -" + m.group(3) + "-> " + m.group(2));
      }
    }
    return edges;
  }

  private static Set<String> tableEdges() {
    Set<String> edges = new HashSet<>();
    for (ComplaintLifecycle.Row row : ComplaintLifecycle.rows()) {
      if (row.to().isEmpty()) {
        continue; // actions that do not move the complaint are not drawn
      }
      if (row.from().isEmpty()) {
        edges.add("[*] -" + row.action() + "-> " + row.to().get());
      }
      row.from().forEach(f -> edges.add(f + " -" + row.action() + "-> " + row.to().get()));
    }
    return edges;
  }

  @Test
  @DisplayName("CP-2 to CP-9: the documented state diagram matches the transition table, edge for edge")
  void diagramMatchesTable() throws IOException {
    assertThat(diagramEdges()).isNotEmpty().containsExactlyInAnyOrderElementsOf(tableEdges());
  }
}
