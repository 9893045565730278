package vn.mamxanh.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What each kind of operation took in one phase: every sample kept, errors counted. */
final class Latencies {

    record Summary(String operation, int count, int errors, double perSecond, double p50, double p95, double p99) {
    }

    private final Map<String, List<Double>> millis = new TreeMap<>();
    private final Map<String, Integer> errors = new TreeMap<>();
    private final Map<String, String> firstError = new TreeMap<>();

    synchronized void record(String operation, long nanos, boolean ok, String error) {
        millis.computeIfAbsent(operation, any -> new ArrayList<>()).add(nanos / 1e6);
        if (!ok) {
            errors.merge(operation, 1, Integer::sum);
            firstError.putIfAbsent(operation, error);
        }
    }

    synchronized List<Summary> summaries(double seconds) {
        List<Summary> out = new ArrayList<>();
        millis.forEach((operation, samples) -> {
            List<Double> sorted = new ArrayList<>(samples);
            Collections.sort(sorted);
            out.add(new Summary(operation, sorted.size(), errors.getOrDefault(operation, 0), sorted.size() / seconds,
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)));
        });
        return out;
    }

    synchronized int totalErrors() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized Map<String, String> firstErrors() {
        return new TreeMap<>(firstError);
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
