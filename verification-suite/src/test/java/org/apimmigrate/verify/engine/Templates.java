package org.apimmigrate.verify.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Generated databases kept for the life of the test JVM, one per key (engine and data), never handed to a test: the
 * first fixture of a key is made and a copy of it kept; later ones are copies of that copy, made again only where the
 * engine cannot copy. Generating costs seconds each time, copying a fraction of that.
 *
 * @param <K> what tells fixtures apart, e.g. engine and generator settings
 * @param <F> the fixture
 */
public final class Templates<K, F> {

    private final Map<K, Optional<F>> kept = new HashMap<>();

    /**
     * @param make a new fixture, from nothing
     * @param copy an independent copy of a fixture, empty where the engine cannot copy databases
     */
    public synchronized F get(K key, Supplier<F> make, Function<F, Optional<F>> copy) {
        Optional<F> template = kept.get(key);
        if (template == null) {
            F first = make.get();
            kept.put(key, copy.apply(first));
            return first;
        }
        return template.flatMap(copy).orElseGet(make);
    }
}
