package dev.kefu.spi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.ContactPoint;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TemplateParametersTest {

  @Test
  @DisplayName("template parameters are a map like Map.of: equal, same hash code, same look-ups, in the order given")
  void likeMapOf() {
    TemplateParameters p = TemplateParameters.of("ticketId", "T-1", "metric", "RESOLUTION", "at", "2026-03-02T01:00:00Z");
    Map<String, String> same = Map.of("at", "2026-03-02T01:00:00Z", "metric", "RESOLUTION", "ticketId", "T-1");

    assertThat(p).isEqualTo(same).hasSize(3);
    assertThat(p.hashCode()).isEqualTo(same.hashCode());
    assertThat(same).isEqualTo(p);
    assertThat(p.get(new String("metric"))).isEqualTo("RESOLUTION");
    assertThat(p.get("nothing")).isNull();
    assertThat(p.get(42)).isNull();
    assertThat(p.containsKey("at")).isTrue();
    assertThat(p.keySet()).containsExactly("ticketId", "metric", "at");
    assertThat(p).hasToString("{ticketId=T-1, metric=RESOLUTION, at=2026-03-02T01:00:00Z}");
    assertThat(TemplateParameters.of()).isEqualTo(Map.of());
    assertThat(TemplateParameters.of().isEmpty()).isTrue();
    assertThat(TemplateParameters.of("a", "1")).isEqualTo(Map.of("a", "1"));
    assertThat(TemplateParameters.of("a", "1", "b", "2")).isEqualTo(Map.of("a", "1", "b", "2"));
    Map<String, String> ordered = new LinkedHashMap<>();
    ordered.put("z", "1");
    ordered.put("y", "2");
    assertThat(TemplateParameters.copyOf(ordered)).isEqualTo(ordered);
    assertThat(TemplateParameters.copyOf(ordered).keySet()).containsExactly("z", "y");
    assertThat(TemplateParameters.copyOf(p)).isSameAs(p);
  }

  @Test
  @DisplayName("template parameters cannot be changed, and refuse nulls and a name given twice")
  void immutableAndChecked() {
    TemplateParameters p = TemplateParameters.of("a", "1");
    assertThatThrownBy(() -> p.put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.entrySet().iterator().next().setValue("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(p::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatNullPointerException().isThrownBy(() -> TemplateParameters.of("a", null));
    assertThatNullPointerException().isThrownBy(() -> TemplateParameters.of(null, "1"));
    assertThatIllegalArgumentException().isThrownBy(() -> TemplateParameters.of("a", "1", "a", "2"));
  }

  @Test
  @DisplayName("a notification takes template parameters as they are, and copies any other map")
  void notificationTakesThemAsTheyAre() {
    Recipient to = new Recipient(Recipient.Kind.STAFF, "s", ContactPoint.of(Channel.APP, "s"));
    TemplateParameters p = TemplateParameters.of("a", "1");
    Map<String, String> mutable = new LinkedHashMap<>(Map.of("a", "1"));
    Notification withParameters = Notification.forEvent(new UUID(1, 2), to, "t", p, Locale.ENGLISH);
    Notification withMap = Notification.forEvent(new UUID(1, 2), to, "t", mutable, Locale.ENGLISH);

    assertThat(withParameters.parameters()).isSameAs(p);
    assertThat(withMap.parameters()).isNotSameAs(mutable).isEqualTo(p);
    assertThat(withParameters).isEqualTo(withMap);
    assertThat(withParameters.hashCode()).isEqualTo(withMap.hashCode());
    mutable.put("b", "2");
    assertThat(withMap.parameters()).hasSize(1);
  }
}
