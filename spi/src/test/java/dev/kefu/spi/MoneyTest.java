package dev.kefu.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.Masking;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  @DisplayName("amounts of one currency add, subtract and compare by value; scale does not matter")
  void arithmetic() {
    Money a = Money.of("10.0", "CNY");
    assertThat(a).isEqualTo(Money.of("10.00", "CNY")).hasSameHashCodeAs(Money.of("10.00", "CNY"));
    assertThat(a.plus(Money.of("2.5", "CNY"))).isEqualTo(Money.of("12.5", "CNY"));
    assertThat(a.minus(Money.of("12", "CNY")).amount()).isEqualByComparingTo("-2");
    assertThat(a.isAtLeast(Money.of("10", "CNY"))).isTrue();
    assertThat(a.isAtLeast(Money.of("10.01", "CNY"))).isFalse();
    assertThat(a.toString()).isEqualTo("10.0 CNY");
  }

  @Test
  @DisplayName("amounts in different currencies never mix")
  void currencies() {
    assertThat(Money.of("1", "CNY")).isNotEqualTo(Money.of("1", "USD"));
    assertThatThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CNY").hasMessageContaining("USD");
  }

  @Test
  @DisplayName("CU-8: masking keeps the first and last character and hides short values entirely")
  void masking() {
    assertThat(Masking.mask("13812345678")).isEqualTo("1*********8");
    assertThat(Masking.mask("abcd")).isEqualTo("****");
    assertThat(Masking.mask("张三丰先生")).isEqualTo("张***生");
    assertThat(ContactPoint.of(Channel.SMS, "13812345678").toString()).doesNotContain("3812345");
  }

  @Test
  @DisplayName("pages slice without overlap and know whether more follow")
  void paging() {
    List<Integer> all = List.of(1, 2, 3, 4, 5);
    Page<Integer> p1 = Page.slice(all, PageRequest.first(2));
    Page<Integer> p3 = Page.slice(all, new PageRequest(4, 2));
    assertThat(p1.items()).containsExactly(1, 2);
    assertThat(p1.hasNext()).isTrue();
    assertThat(p3.items()).containsExactly(5);
    assertThat(p3.hasNext()).isFalse();
    assertThat(Page.slice(all, new PageRequest(10, 2)).items()).isEmpty();
    assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("TK-2: the shop sends notifications only on e-mail, SMS, app and WeChat")
  void notifiable() {
    assertThat(java.util.Arrays.stream(Channel.values()).filter(Channel::isNotifiable))
        .containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS, Channel.APP, Channel.WECHAT);
  }
}
