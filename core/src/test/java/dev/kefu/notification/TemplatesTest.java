package dev.kefu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  private final ResourceBundleTemplates templates = ResourceBundleTemplates.defaults();
  private final Map<String, String> params = Map.of("ticketId", "T-1", "subject", "Size");

  @Test
  @DisplayName("kefu's templates come in Simplified Chinese and English")
  void bothLanguages() {
    assertThat(templates.render("ticket.opened", Locale.SIMPLIFIED_CHINESE, params)).contains("工单 T-1").contains("Size");
    assertThat(templates.render("ticket.opened", Locale.ENGLISH, params)).contains("ticket T-1").contains("\"Size\"");
  }

  @Test
  @DisplayName("a language without templates gets English, whatever the JVM's default locale")
  void fallback() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(templates.render("ticket.opened", Locale.FRENCH, params)).startsWith("We have received");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  @DisplayName("an unknown key is refused; an unknown placeholder stays")
  void unknown() {
    assertThatThrownBy(() -> templates.render("nope", Locale.ENGLISH, params)).isInstanceOf(IllegalArgumentException.class);
    assertThat(templates.render("ticket.resolved", Locale.ENGLISH, params)).contains("{resolution}");
  }

  @Test
  @DisplayName("every template exists in both languages")
  void complete() {
    for (String key : java.util.List.of("ticket.opened", "ticket.resolved", "ticket.assigned", "customer.tier-changed",
        "sla.warning", "sla.breached", "sla.escalated", "complaint.escalated", "complaint.investigate", "revisit.due",
        "membership.renewal", "improvement.opened", "survey.csat")) {
      assertThat(templates.render(key, Locale.ENGLISH, Map.of())).isNotBlank();
      assertThat(templates.render(key, Locale.SIMPLIFIED_CHINESE, Map.of())).isNotBlank().isNotEqualTo(templates.render(key, Locale.ENGLISH, Map.of()));
    }
  }
}
