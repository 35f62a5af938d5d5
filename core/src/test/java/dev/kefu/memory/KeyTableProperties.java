package dev.kefu.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The key table behaves like a map from keys to stable entry numbers, whatever keys come and go. */
class KeyTableProperties {

  @Test
  @DisplayName("keys added and removed in any order keep their entries; removed keys are gone; entries are never shared")
  void likeAMap() {
    qt().withExamples(300).forAll(lists().of(integers().between(-400, 400)).ofSizeBetween(1, 600)).checkAssert(ops -> {
      KeyTable table = new KeyTable();
      Map<String, Integer> model = new HashMap<>();
      for (int op : ops) {
        String key = Integer.toString(Math.abs(op), 36) + "/RESOLUTION/1"; // base-36 ids: many equal hashCodes
        if (op >= 0) {
          int entry = table.add(new String(key)); // a fresh instance: look-ups must not rely on identity
          assertThat(model.getOrDefault(key, entry)).isEqualTo(entry);
          model.put(key, entry);
        } else if (model.containsKey(key)) {
          table.remove(model.remove(key));
        }
        assertThat(table.size()).isEqualTo(model.size());
      }
      Set<Integer> entries = new HashSet<>();
      for (Map.Entry<String, Integer> e : model.entrySet()) {
        assertThat(table.find(new String(e.getKey()))).isEqualTo(e.getValue());
        assertThat(table.key(e.getValue())).isEqualTo(e.getKey());
        assertThat(entries.add(e.getValue())).isTrue();
      }
      for (int op : ops) {
        String key = Integer.toString(Math.abs(op), 36) + "/RESOLUTION/1";
        if (!model.containsKey(key)) {
          assertThat(table.find(key)).isEqualTo(-1);
        }
      }
    });
  }

  @Test
  @DisplayName("a hundred thousand keys, then every other one removed, then added again")
  void manyKeys() {
    KeyTable table = new KeyTable();
    int[] entries = new int[100_000];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = table.add("sla/" + Integer.toString(i, 36) + "/RESOLUTION/1");
    }
    for (int i = 0; i < entries.length; i += 2) {
      table.remove(entries[i]);
    }
    assertThat(table.size()).isEqualTo(entries.length / 2);
    for (int i = 0; i < entries.length; i++) {
      int found = table.find("sla/" + Integer.toString(i, 36) + "/RESOLUTION/1");
      assertThat(found).isEqualTo(i % 2 == 0 ? -1 : entries[i]);
    }
    for (int i = 0; i < entries.length; i += 2) {
      entries[i] = table.add("sla/" + Integer.toString(i, 36) + "/RESOLUTION/1");
    }
    assertThat(table.entriesUsed()).as("freed entries are used again").isEqualTo(entries.length);
    for (int i = 0; i < entries.length; i++) {
      assertThat(table.find("sla/" + Integer.toString(i, 36) + "/RESOLUTION/1")).isEqualTo(entries[i]);
    }
  }
}
