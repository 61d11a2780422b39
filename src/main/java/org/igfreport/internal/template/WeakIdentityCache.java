package org.igfreport.internal.template;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A cache keyed by object identity that does not keep its keys alive: once nothing else holds a
 * key (a template a long-running host loaded and dropped), its entry goes at the next lookup
 * after the garbage collector cleared it. Values must not refer to their key, or it would never
 * be cleared. Thread-safe; two threads may build the same value at once, and the first stored
 * wins.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class WeakIdentityCache<K, V> {

    private final ConcurrentHashMap<Object, V> map = new ConcurrentHashMap<>();
    private final ReferenceQueue<K> cleared = new ReferenceQueue<>();

    /**
     * @param key a key
     * @param make builds the value for a key met the first time
     * @return the cached value
     */
    V get(K key, Function<K, V> make) {
        expunge();
        V v = map.get(new Lookup(key));
        if (v != null) {
            return v;
        }
        V made = make.apply(key);
        V earlier = map.putIfAbsent(new WeakKey<>(key, cleared), made);
        return earlier != null ? earlier : made;
    }

    /** @return the number of entries, after dropping those whose key was collected */
    int size() {
        expunge();
        return map.size();
    }

    private void expunge() {
        for (Object ref; (ref = cleared.poll()) != null; ) {
            map.remove(ref);
        }
    }

    /** The stored key: equal to itself, and to a key or lookup of the same live object. */
    private static final class WeakKey<K> extends WeakReference<K> {
        private final int hash;

        WeakKey(K key, ReferenceQueue<K> queue) {
            super(key, queue);
            hash = System.identityHashCode(key);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            Object k = get();
            if (k == null) {
                return false;
            }
            return o instanceof WeakKey<?> w ? w.get() == k : o instanceof Lookup l && l.key == k;
        }
    }

    /** A key to look up with, without a reference object. */
    private static final class Lookup {
        private final Object key;

        Lookup(Object key) {
            this.key = key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WeakKey<?> w ? w.get() == key : o instanceof Lookup l && l.key == key;
        }
    }
}
