package com.aftersales.crm.bench;

import com.aftersales.crm.platform.BackgroundWork;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The harness every benchmark runs in. {@link #start} gives the benchmark a fresh database (what the migrations leave,
 * {@link FreshDatabase}), so that its own set-based generator builds exactly its stated size, whatever ran before;
 * {@link #measure} pauses the server's timers ({@link BackgroundWork}), runs the whole measurement once to warm up and
 * then {@link #REPETITIONS} times ({@code -Dcrm.bench.repetitions}, default 3), and keeps each repetition's figures;
 * {@link #finish} prints min / median / max of every figure, its baseline's median and the ratio to it (each
 * repetition's figure over the same repetition's baseline, both measured side by side), the sizes and the target, and
 * writes the same as JSON ({@code <name>.json} under {@code -Dcrm.bench.results}) for the README's Speed section.
 *
 * <p>A latency figure is a repetition's calls ({@link Repetition#latency}) summed up as p50, p95 and the maximum (p99
 * only from 1,000 calls: below that it is one of the slowest few calls, not a percentile). A target is met when the
 * median of the repetitions is within it; the benchmark reports, it does not fail on a slow machine.
 */
final class Bench {

    static final int REPETITIONS = Integer.getInteger("crm.bench.repetitions", 3);

    private static final String PREFIX = "BENCHMARK| ";

    private final String name;
    private final String title;
    private final DataSource dataSource;
    private final long started = System.nanoTime();
    private final Map<String, Long> sizes = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final Map<String, Double> targets = new LinkedHashMap<>();
    private final Map<String, String> baselines = new LinkedHashMap<>();

    private Bench(String name, String title, DataSource dataSource) {
        this.name = name;
        this.title = title;
        this.dataSource = dataSource;
    }

    /** A benchmark on a fresh database. */
    static Bench start(String name, String title, DataSource dataSource) throws Exception {
        Bench bench = new Bench(name, title, dataSource);
        System.out.println(PREFIX + "== " + name + ": " + title);
        long start = System.nanoTime();
        int tables = FreshDatabase.reset(dataSource);
        bench.note(String.format(Locale.ROOT, "fresh database: %d tables emptied and reference data put back in %.1f s",
                tables, seconds(start)));
        return bench;
    }

    /** How much of something the measurement runs on (printed with the figures). */
    Bench size(String what, long count) {
        sizes.put(what, count);
        return this;
    }

    /** A line for the printout and the results (the generator's speed, what a figure means). */
    void note(String text) {
        notes.add(text);
        System.out.println(PREFIX + "  " + text);
    }

    /** Runs one step of the generator and notes how long it took. */
    <T> T generate(String what, Callable<T> step) throws Exception {
        long start = System.nanoTime();
        T result = step.call();
        note(String.format(Locale.ROOT, "generator: %s in %.1f s", what, seconds(start)));
        return result;
    }

    /** The figure (by its full name, e.g. {@code "… p95"}) should be at most {@code value}. */
    Bench target(String figure, double value) {
        targets.put(figure, value);
        return this;
    }

    /** Each repetition's {@code figure} is divided by the same repetition's {@code baseline}. */
    Bench baseline(String figure, String baseline) {
        baselines.put(figure, baseline);
        return this;
    }

    /** {@link #baseline} for a latency's p50, p95 and maximum. */
    Bench latencyBaseline(String latency, String baselineLatency) {
        for (String statistic : new String[] {" p50", " p95", " max"}) {
            baseline(latency + statistic, baselineLatency + statistic);
        }
        return this;
    }

    /** The warm-up and the repetitions of the whole measurement, with the server's timers paused throughout. */
    void measure(Measurement measurement) throws Exception {
        BackgroundWork.pause(Duration.ofMinutes(5));
        try {
            // the generator's writes are flushed now, not by a checkpoint landing inside a measurement
            try (java.sql.Connection connection = dataSource.getConnection();
                 java.sql.Statement sql = connection.createStatement()) {
                long start = System.nanoTime();
                sql.execute("checkpoint");
                note(String.format(Locale.ROOT, "checkpoint before measuring: %.1f s", seconds(start)));
            }
            for (int number = 0; number <= REPETITIONS; number++) {
                Repetition repetition = new Repetition(number);
                long start = System.nanoTime();
                measurement.run(repetition);
                if (number > 0) {
                    repetition.keep();
                }
                System.out.printf(Locale.ROOT, "%s  %s in %.1f s%n", PREFIX,
                        number == 0 ? "warm-up" : "repetition " + number, seconds(start));
            }
        } finally {
            BackgroundWork.resume();
        }
    }

    /** Prints the figures and writes them as JSON. */
    void finish() throws IOException {
        double total = seconds(started);
        StringBuilder sizeLine = new StringBuilder();
        sizes.forEach((what, count) -> sizeLine.append(sizeLine.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%,d %s", count, what)));
        System.out.println(PREFIX + "  sizes: " + sizeLine);
        System.out.printf(Locale.ROOT, "%s  %-52s %5s %10s %10s %10s %10s %18s %12s%n", PREFIX, "figure", "unit", "min",
                "median", "max", "baseline", "ratio median", "target");
        for (Figure figure : figures.values()) {
            if (figure.values.isEmpty()) {
                continue;
            }
            double[] ratios = ratios(figure);
            System.out.printf(Locale.ROOT, "%s  %-52s %5s %10s %10s %10s %10s %18s %12s%n", PREFIX, figure.name,
                    figure.unit, number(min(figure.values())), number(median(figure.values())), number(max(figure.values())),
                    figure.baseline == null ? "" : number(median(figures.get(figure.baseline).values())),
                    ratios == null ? "" : String.format(Locale.ROOT, "%.2f [%.2f–%.2f]", median(ratios), min(ratios), max(ratios)),
                    figure.target == null ? "" : "≤" + number(figure.target)
                            + (median(figure.values()) <= figure.target ? " met" : " MISSED"));
        }
        System.out.printf(Locale.ROOT, "%s  %s: %d repetitions after a warm-up, %.0f s in all%n", PREFIX, name,
                REPETITIONS, total);
        write(total);
    }

    private void write(double totalSeconds) throws IOException {
        Path directory = Path.of(System.getProperty("crm.bench.results",
                Path.of(System.getProperty("java.io.tmpdir"), "crm-bench").toString()));
        Files.createDirectories(directory);
        JsonObjectBuilder sizeObject = Json.createObjectBuilder();
        sizes.forEach(sizeObject::add);
        JsonArrayBuilder noteArray = Json.createArrayBuilder();
        notes.forEach(noteArray::add);
        JsonArrayBuilder figureArray = Json.createArrayBuilder();
        for (Figure figure : figures.values()) {
            if (figure.values.isEmpty()) {
                continue;
            }
            JsonObjectBuilder f = Json.createObjectBuilder().add("name", figure.name).add("unit", figure.unit)
                    .add("values", array(figure.values())).add("min", min(figure.values()))
                    .add("median", median(figure.values())).add("max", max(figure.values()));
            if (figure.target != null) {
                f.add("target", figure.target).add("met", median(figure.values()) <= figure.target);
            }
            double[] ratios = ratios(figure);
            if (ratios != null) {
                f.add("baseline", figure.baseline).add("ratios", array(ratios)).add("ratioMin", min(ratios))
                        .add("ratioMedian", median(ratios)).add("ratioMax", max(ratios));
            }
            figureArray.add(f);
        }
        JsonObjectBuilder result = Json.createObjectBuilder().add("benchmark", name).add("title", title)
                .add("finishedAt", OffsetDateTime.now().toString()).add("repetitions", REPETITIONS)
                .add("seconds", Math.round(totalSeconds)).add("sizes", sizeObject).add("notes", noteArray)
                .add("figures", figureArray);
        try (Writer out = Files.newBufferedWriter(directory.resolve(name + ".json"), StandardCharsets.UTF_8);
             var json = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            json.writeObject(result.build());
        }
    }

    private Figure figure(String figureName) {
        return figures.computeIfAbsent(figureName, n -> new Figure(n, targets.get(n), baselines.get(n)));
    }

    private double[] ratios(Figure figure) {
        Figure baseline = figure.baseline == null ? null : figures.get(figure.baseline);
        if (baseline == null || baseline.values.size() != figure.values.size()) {
            return null;
        }
        double[] ratios = new double[figure.values.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = figure.values.get(i) / baseline.values.get(i);
        }
        return ratios;
    }

    private static JsonArrayBuilder array(double[] values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        Arrays.stream(values).forEach(array::add);
        return array;
    }

    private static String number(double value) {
        return value >= 1000 ? String.format(Locale.ROOT, "%,.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** The whole measurement, run once per repetition (and once before them to warm up). */
    @FunctionalInterface
    interface Measurement {
        void run(Repetition repetition) throws Exception;
    }

    /** One run of the measurement: its latencies and values become the figures of this repetition. */
    final class Repetition {

        private final int number;
        private final Map<String, Latency> latencies = new LinkedHashMap<>();
        private final Map<String, Double> values = new LinkedHashMap<>();
        private final Map<String, String> units = new LinkedHashMap<>();

        private Repetition(int number) {
            this.number = number;
        }

        /** 0 for the warm-up. */
        int number() {
            return number;
        }

        boolean warmUp() {
            return number == 0;
        }

        /** The calls timed under one name in this repetition. */
        Latency latency(String latencyName) {
            return latencies.computeIfAbsent(latencyName, Latency::new);
        }

        /** One figure of this repetition (a duration, a throughput, a count). */
        void value(String figureName, String unit, double value) {
            values.put(figureName, value);
            units.put(figureName, unit);
        }

        /** Times one call and keeps it as a figure in seconds. */
        <T> T seconds(String figureName, Callable<T> operation) throws Exception {
            long start = System.nanoTime();
            T result = operation.call();
            value(figureName, "s", Bench.seconds(start));
            return result;
        }

        /** As {@link #seconds}, in milliseconds. */
        <T> T millis(String figureName, Callable<T> operation) throws Exception {
            long start = System.nanoTime();
            T result = operation.call();
            value(figureName, "ms", (System.nanoTime() - start) / 1e6);
            return result;
        }

        private void keep() {
            for (Latency latency : latencies.values()) {
                if (latency.count == 0) {
                    continue;
                }
                value(latency.name + " p50", "ms", latency.percentile(50));
                value(latency.name + " p95", "ms", latency.percentile(95));
                if (latency.count >= 1000) {
                    value(latency.name + " p99", "ms", latency.percentile(99));
                }
                value(latency.name + " max", "ms", latency.percentile(100));
            }
            values.forEach((figureName, value) -> {
                Figure figure = figure(figureName);
                figure.unit = units.get(figureName);
                figure.values.add(value);
            });
        }
    }

    /** The durations of the calls of one kind in one repetition. */
    static final class Latency {

        private final String name;
        private long[] nanos = new long[256];
        private int count;

        private Latency(String name) {
            this.name = name;
        }

        <T> T time(Callable<T> operation) throws Exception {
            long start = System.nanoTime();
            T result = operation.call();
            record(System.nanoTime() - start);
            return result;
        }

        /** Records one call timed elsewhere (e.g. by each of many threads). */
        synchronized void record(long elapsedNanos) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = elapsedNanos;
        }

        synchronized int count() {
            return count;
        }

        synchronized double percentile(double p) {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1_000_000.0;
        }
    }

    private static final class Figure {

        private final String name;
        private final Double target;
        private final String baseline;
        private String unit = "";
        private final List<Double> values = new ArrayList<>();

        private Figure(String name, Double target, String baseline) {
            this.name = name;
            this.target = target;
            this.baseline = baseline;
        }

        private double[] values() {
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
