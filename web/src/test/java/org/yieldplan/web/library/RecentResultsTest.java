package org.yieldplan.web.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The results kept in memory: samples always, the others up to a number, least recently used out first. */
class RecentResultsTest {

    private static Computed result(String id) {
        return new Computed(new ScenarioEntry(id, null, false, "api", null, null, null, null, null), null, new byte[0]);
    }

    @Test
    void theLeastRecentlyUsedResultGoes_andSamplesStayHoweverManyOthersCome() {
        RecentResults kept = new RecentResults(Set.of("retiree"), 3);
        kept.put("retiree", result("retiree"));
        for (String id : new String[] {"a", "b", "c"}) {
            kept.put(id, result(id));
        }
        assertThat(kept.get("a")).isNotNull();                          // "a" used: "b" is now the oldest
        kept.put("d", result("d"));
        assertThat(kept.get("b")).isNull();
        assertThat(kept.get("a")).isNotNull();
        assertThat(kept.get("c")).isNotNull();
        assertThat(kept.get("d")).isNotNull();
        for (int i = 0; i < 1_000; i++) {
            kept.put("x" + i, result("x" + i));
        }
        assertThat(kept.recentCount()).isEqualTo(3);
        assertThat(kept.get("retiree").entry().id()).isEqualTo("retiree");
        assertThat(kept.get("x999")).isNotNull();
    }

    @Test
    void aResultIsReplacedOrLetGoByItsId() {
        RecentResults kept = new RecentResults(Set.of("retiree"), 2);
        kept.put("a", result("a"));
        kept.replace("a", c -> result("a2"));
        assertThat(kept.get("a").entry().id()).isEqualTo("a2");
        kept.replace("missing", c -> result("never"));
        assertThat(kept.get("missing")).isNull();
        kept.remove("a");
        assertThat(kept.get("a")).isNull();
        kept.put("retiree", result("retiree"));
        kept.remove("retiree");
        assertThat(kept.get("retiree")).isNull();
        assertThatThrownBy(() -> new RecentResults(Set.of(), 0)).hasMessageContaining("capacity");
    }
}
