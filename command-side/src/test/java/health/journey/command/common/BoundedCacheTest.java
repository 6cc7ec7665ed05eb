package health.journey.command.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {

  @Test
  void keepsTheMostRecentlyUsedEntriesUpToItsSize() {
    BoundedCache cache = new BoundedCache(2);
    cache.put("a", 1);
    cache.put("b", 2);
    assertThat((Integer) cache.get("a")).isEqualTo(1); // a is now the most recently used
    cache.put("c", 3);

    assertThat(cache.containsKey("a")).isTrue();
    assertThat(cache.containsKey("b")).isFalse();
    assertThat(cache.containsKey("c")).isTrue();
  }

  @Test
  void anEntryCanBeRemovedAndPutOnlyWhenAbsent() {
    BoundedCache cache = new BoundedCache(10);
    assertThat(cache.putIfAbsent("a", 1)).isTrue();
    assertThat(cache.putIfAbsent("a", 2)).isFalse();
    assertThat((Integer) cache.get("a")).isEqualTo(1);
    assertThat(cache.remove("a")).isTrue();
    assertThat(cache.containsKey("a")).isFalse();
  }
}
