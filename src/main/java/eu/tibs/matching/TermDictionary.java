package eu.tibs.matching;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Numbers the analysed terms, so that needs and offers compare as sorted arrays of numbers. */
final class TermDictionary {
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private volatile String[] terms = new String[1024];
    private int size;

    int idOf(String term) {
        var id = ids.get(term);
        return id != null ? id : add(term);
    }

    private synchronized int add(String term) {
        var id = ids.get(term);
        if (id != null) {
            return id;
        }
        var grown = size < terms.length ? terms : Arrays.copyOf(terms, size * 2);
        grown[size] = term;
        // Publish the array before the id, so whoever finds the id also finds its term
        terms = grown;
        ids.put(term, size);
        return size++;
    }

    String term(int id) {
        return terms[id];
    }

    synchronized int size() {
        return size;
    }
}
