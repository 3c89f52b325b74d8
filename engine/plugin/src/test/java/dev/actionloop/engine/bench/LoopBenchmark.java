package dev.actionloop.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * The engine benchmark: the ActionLoop gated loop against the review loop drawn by hand on plain
 * Camunda, in one process, single thread, same database kind and history settings, same N. Not a
 * test: run it with the command in docs/benchmarks.md. The last line carries the ratios.
 *
 * <p>Options (all {@code --key=value}): {@code db} (h2,pg), {@code warmup} seconds per database,
 * {@code n} instances per side on H2, {@code pg-n} on PostgreSQL, {@code slices} (the measured N is
 * cut in slices, alternating sides, so machine noise falls on both), {@code count} instances per
 * side for the SQL statement counts, {@code profile} (true prints statements by table), {@code
 * with-promise} (true adds a third side: ActionLoop with the promise as a command of its own).
 */
public final class LoopBenchmark {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private final Map<String, String> options;
  private final List<String> results = new ArrayList<>();

  private LoopBenchmark(Map<String, String> options) {
    this.options = options;
  }

  public static void main(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("db", "h2,pg");
    options.put("warmup", "45");
    options.put("n", "3000");
    options.put("pg-n", "1000");
    options.put("slices", "5");
    options.put("count", "100");
    options.put("profile", "false");
    options.put("with-promise", "true");
    for (String arg : args) {
      for (String part : arg.trim().split("\\s+")) {
        if (part.isEmpty()) {
          continue;
        }
        String[] kv = part.replaceFirst("^--", "").split("=", 2);
        if (!options.containsKey(kv[0]) || kv.length != 2) {
          throw new IllegalArgumentException("unknown option " + part + "; known: " + options);
        }
        options.put(kv[0], kv[1]);
      }
    }
    new LoopBenchmark(options).run();
  }

  private void run() {
    say(
        "java %s, %d cores, options %s",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), options);
    for (String db : options.get("db").split(",")) {
      runOn(BenchDatabase.parse(db));
    }
    System.out.println("RESULT " + String.join("; ", results));
  }

  private void runOn(BenchDatabase db) {
    String tag = db.name().toLowerCase(Locale.ROOT);
    int n = Integer.parseInt(options.get(db == BenchDatabase.H2 ? "n" : "pg-n"));
    int slices = Integer.parseInt(options.get("slices"));
    int perSlice = Math.max(1, n / slices);
    n = perSlice * slices;

    List<Side> sides = new ArrayList<>();
    sides.add(side(db, "bench_plain", Variant.PLAIN));
    sides.add(side(db, "bench_loop", Variant.DECLARE_ACCEPT));
    if (Boolean.parseBoolean(options.get("with-promise"))) {
      sides.add(side(db, "bench_loop_promise", Variant.PROMISE_DECLARE_ACCEPT));
    }
    try {
      warmUp(tag, sides, Double.parseDouble(options.get("warmup")));
      for (int slice = 0; slice < slices; slice++) {
        // ABBA order: whichever side runs second in a slice runs first in the next.
        List<Side> order = new ArrayList<>(sides);
        if (slice % 2 == 1) {
          java.util.Collections.reverse(order);
        }
        for (Side side : order) {
          long cpu = CPU.getCurrentThreadCpuTime();
          side.scenario.timeSteps(true);
          side.accept += time(side.scenario, perSlice, 0);
          side.scenario.timeSteps(false);
          side.acceptCpu += CPU.getCurrentThreadCpuTime() - cpu;
          cpu = CPU.getCurrentThreadCpuTime();
          side.reject += time(side.scenario, perSlice, 1);
          side.rejectCpu += CPU.getCurrentThreadCpuTime() - cpu;
        }
      }
      int count = Integer.parseInt(options.get("count"));
      for (Side side : sides) {
        side.statementsAccept = side.counter.counting(() -> repeat(side.scenario, count, 0));
        side.statementsReject = side.counter.counting(() -> repeat(side.scenario, count, 1));
        long unfinished = side.scenario.unfinished();
        if (unfinished != 0) {
          throw new IllegalStateException(
              side.scenario.label() + ": " + unfinished + " unfinished");
        }
      }
      report(tag, n, count, sides);
    } finally {
      for (Side side : sides) {
        side.engine.close();
        db.drop(side.database);
      }
    }
  }

  private void report(String tag, int n, int count, List<Side> sides) {
    for (Side s : sides) {
      say(
          "[%s] %-52s %7.1f instances/s  (%d in %.2f s; %.2f ms CPU/instance in this thread)"
              + "  %5.1f statements/instance",
          tag,
          s.scenario.describe(),
          n / seconds(s.accept),
          n,
          seconds(s.accept),
          s.acceptCpu / 1e6 / n,
          s.statementsAccept.statements() / (double) count);
      say(
          "[%s] %-52s %7.1f instances/s  one rejection round costs %+.2f ms (%+.2f ms CPU),"
              + " %+.1f statements",
          tag,
          "  with one rejection round",
          n / seconds(s.reject),
          (s.reject - s.accept) / 1e6 / n,
          (s.rejectCpu - s.acceptCpu) / 1e6 / n,
          (s.statementsReject.statements() - s.statementsAccept.statements()) / (double) count);
      s.scenario
          .steps()
          .forEach(
              (step, t) ->
                  say(
                      "[%s]   step %-40s %7.2f ms per instance (%.1f per instance)",
                      tag, step, t[0] / 1e6 / n, t[1] / (double) n));
      if (Boolean.parseBoolean(options.get("profile"))) {
        say("[%s]   per instance: statements, ms in the driver, shape", tag);
        s.statementsAccept
            .nanosByShape()
            .forEach(
                (shape, nanos) ->
                    say(
                        "[%s]     %6.2f  %7.3f ms  %s",
                        tag,
                        s.statementsAccept.byShape().getOrDefault(shape, 0L) / (double) count,
                        nanos / 1e6 / count,
                        shape));
      }
    }
    String plain = String.format(Locale.ROOT, "%.1f", n / seconds(sides.get(0).accept));
    Side a = sides.get(0);
    Side b = sides.get(1);
    double ratio = (double) a.accept / b.accept;
    double rejectRatio = (double) a.reject / b.reject;
    say(
        "[%s] ratio ActionLoop / plain: %.2f (with one rejection round: %.2f)",
        tag, ratio, rejectRatio);
    String withPromise = "";
    if (sides.size() > 2) {
      Side c = sides.get(2);
      double promiseRatio = (double) a.accept / c.accept;
      say("[%s] ratio ActionLoop with a separate promise / plain: %.2f", tag, promiseRatio);
      withPromise =
          String.format(
              Locale.ROOT,
              "; with a separate promise %.1f/s ratio=%.2f",
              n / seconds(c.accept),
              promiseRatio);
    }
    results.add(
        String.format(
            Locale.ROOT,
            "%s plain=%s/s actionloop=%.1f/s ratio=%.2f (1 rejection: %.2f%s)",
            tag,
            plain,
            n / seconds(b.accept),
            ratio,
            rejectRatio,
            withPromise));
  }

  private void warmUp(String tag, List<Side> sides, double seconds) {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    int instances = 0;
    do {
      for (Side side : sides) {
        side.scenario.runOnce(instances % 4 == 3 ? 1 : 0);
      }
      instances++;
    } while (System.nanoTime() < end);
    say("[%s] warm-up %.0f s: %d instances per side", tag, seconds, instances);
  }

  private static long time(Scenario scenario, int instances, int rejections) {
    long start = System.nanoTime();
    repeat(scenario, instances, rejections);
    return System.nanoTime() - start;
  }

  private static void repeat(Scenario scenario, int instances, int rejections) {
    for (int i = 0; i < instances; i++) {
      scenario.runOnce(rejections);
    }
  }

  /** What one side runs: plain Camunda, or ActionLoop with or without a separate promise. */
  private enum Variant {
    PLAIN,
    DECLARE_ACCEPT,
    PROMISE_DECLARE_ACCEPT
  }

  private Side side(BenchDatabase db, String database, Variant variant) {
    db.create(database);
    SqlCounter counter = new SqlCounter();
    DataSource ds = counter.wrap(db.dataSource(database));
    ProcessEngine engine =
        BenchEngines.build(database + "_" + db.name(), ds, variant != Variant.PLAIN);
    Scenario scenario =
        variant == Variant.PLAIN
            ? new PlainReviewLoop(engine)
            : new GatedLoop(engine, variant == Variant.PROMISE_DECLARE_ACCEPT);
    return new Side(database, engine, scenario, counter);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void say(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }

  private static final class Side {
    final String database;
    final ProcessEngine engine;
    final Scenario scenario;
    final SqlCounter counter;
    long accept;
    long reject;
    long acceptCpu;
    long rejectCpu;
    SqlCounter.Counts statementsAccept;
    SqlCounter.Counts statementsReject;

    Side(String database, ProcessEngine engine, Scenario scenario, SqlCounter counter) {
      this.database = database;
      this.engine = engine;
      this.scenario = scenario;
      this.counter = counter;
    }
  }
}
