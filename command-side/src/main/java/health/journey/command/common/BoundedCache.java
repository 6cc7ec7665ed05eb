package health.journey.command.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * A cache of aggregates that keeps the most recently used ones, up to a number of entries. Axon's
 * weak-reference cache loses most entries at every garbage collection, so a command for a patient
 * not touched in the last moments read and replayed all of the patient's events again.
 */
public final class BoundedCache implements Cache {

  private final Map<Object, Object> entries;

  public BoundedCache(int maxEntries) {
    this.entries =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            return size() > maxEntries;
          }
        };
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized <K, V> V get(K key) {
    return (V) entries.get(key);
  }

  @Override
  public synchronized void put(Object key, Object value) {
    entries.put(key, value);
  }

  @Override
  public synchronized boolean putIfAbsent(Object key, Object value) {
    return entries.putIfAbsent(key, value) == null;
  }

  @Override
  public synchronized boolean remove(Object key) {
    return entries.remove(key) != null;
  }

  @Override
  public synchronized void removeAll() {
    entries.clear();
  }

  @Override
  public synchronized boolean containsKey(Object key) {
    return entries.containsKey(key);
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
    entries.computeIfPresent(key, (k, v) -> update.apply((V) v));
  }

  @Override
  public Registration registerCacheEntryListener(EntryListener listener) {
    return () -> true;
  }
}
