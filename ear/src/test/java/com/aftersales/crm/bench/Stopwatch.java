package com.aftersales.crm.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Latencies of one operation, and their percentiles. */
final class Stopwatch {

    private final String name;
    private final long[] nanos;
    private int count;

    Stopwatch(String name, int samples) {
        this.name = name;
        this.nanos = new long[samples];
    }

    <T> T time(Callable<T> operation) throws Exception {
        long start = System.nanoTime();
        T result = operation.call();
        nanos[count++] = System.nanoTime() - start;
        return result;
    }

    /** As {@link #time}, called from several threads at once. */
    <T> T timeConcurrently(Callable<T> operation) throws Exception {
        long start = System.nanoTime();
        T result = operation.call();
        record(System.nanoTime() - start);
        return result;
    }

    private synchronized void record(long elapsed) {
        nanos[count++] = elapsed;
    }

    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    String report(double targetP95Millis) {
        double p95 = percentileMillis(95);
        return String.format("BENCHMARK| %-28s n=%-5d p50=%7.2f ms  p95=%7.2f ms  p99=%7.2f ms  max=%7.2f ms  target p95<=%.0f ms: %s",
                name, count, percentileMillis(50), p95, percentileMillis(99), percentileMillis(100), targetP95Millis,
                p95 <= targetP95Millis ? "MET" : "MISSED");
    }
}
