package dev.actionloop.engine.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Counts the SQL statements an engine sends, through a thin JDBC proxy around its data source. A
 * statement is one {@code execute*} call or one {@code addBatch} (a batched statement still costs
 * the database a statement, only not a round trip). Counting by statement shape ("insert into
 * ACT_HI_TASKINST") is switched on only while {@link #counting} runs, so the timed phases pay one
 * volatile read per statement.
 */
final class SqlCounter {
  static final String COMMIT = "(commit)";

  private final Map<String, LongAdder> byShape = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> nanosByShape = new ConcurrentHashMap<>();
  private final LongAdder statements = new LongAdder();
  private volatile boolean on;

  DataSource wrap(DataSource target) {
    return proxy(DataSource.class, target, this::onDataSource);
  }

  /** Runs the action with counting on and returns what it sent, by statement shape. */
  Counts counting(Runnable action) {
    byShape.clear();
    nanosByShape.clear();
    statements.reset();
    on = true;
    try {
      action.run();
    } finally {
      on = false;
    }
    Map<String, Long> shapes = new LinkedHashMap<>();
    byShape.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
        .forEach(e -> shapes.put(e.getKey(), e.getValue().sum()));
    Map<String, Long> nanos = new LinkedHashMap<>();
    nanosByShape.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
        .forEach(e -> nanos.put(e.getKey(), e.getValue().sum()));
    return new Counts(statements.sum(), shapes, nanos);
  }

  /**
   * @param byShape statements per shape, most frequent first
   * @param nanosByShape time spent executing each shape (batches: the whole batch), slowest first
   */
  record Counts(long statements, Map<String, Long> byShape, Map<String, Long> nanosByShape) {}

  private Object onDataSource(Object target, Method method, Object[] args) throws Throwable {
    Object result = invoke(target, method, args);
    return result instanceof Connection c ? proxy(Connection.class, c, this::onConnection) : result;
  }

  private Object onConnection(Object target, Method method, Object[] args) throws Throwable {
    if (on && method.getName().equals("commit")) {
      // Not a statement, but on a durable database the price of a transaction: shown as its own
      // shape, so the profile tells statements from transactions.
      long start = System.nanoTime();
      try {
        return invoke(target, method, args);
      } finally {
        byShape.computeIfAbsent(COMMIT, k -> new LongAdder()).increment();
        nanosByShape.computeIfAbsent(COMMIT, k -> new LongAdder()).add(System.nanoTime() - start);
      }
    }
    Object result = invoke(target, method, args);
    if (result instanceof CallableStatement) {
      return result;
    }
    if (result instanceof PreparedStatement ps && args != null && args[0] instanceof String sql) {
      return proxy(PreparedStatement.class, ps, (t, m, a) -> onPrepared(sql, t, m, a));
    }
    if (result instanceof Statement s && !(result instanceof PreparedStatement)) {
      return proxy(Statement.class, s, this::onStatement);
    }
    return result;
  }

  private Object onPrepared(String sql, Object target, Method method, Object[] args)
      throws Throwable {
    String name = method.getName();
    if (name.equals("addBatch") || (name.startsWith("execute") && !name.equals("executeBatch"))) {
      count(sql);
    }
    if (!on || !name.startsWith("execute")) {
      return invoke(target, method, args);
    }
    long start = System.nanoTime();
    try {
      return invoke(target, method, args);
    } finally {
      nanosByShape.computeIfAbsent(shape(sql), k -> new LongAdder()).add(System.nanoTime() - start);
    }
  }

  private Object onStatement(Object target, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if ((name.equals("addBatch") || name.startsWith("execute"))
        && args != null
        && args.length > 0
        && args[0] instanceof String sql) {
      count(sql);
    }
    return invoke(target, method, args);
  }

  private void count(String sql) {
    if (!on) {
      return;
    }
    statements.increment();
    byShape.computeIfAbsent(shape(sql), k -> new LongAdder()).increment();
  }

  /** "insert into ACT_HI_TASKINST (...)" becomes "insert ACT_HI_TASKINST". */
  static String shape(String sql) {
    String[] words = sql.trim().replaceAll("\\s+", " ").split(" ");
    String verb = words[0].toLowerCase(Locale.ROOT);
    String table = "?";
    for (int i = 0; i < words.length - 1; i++) {
      String w = words[i].toLowerCase(Locale.ROOT);
      if ((w.equals("into") || w.equals("from") || w.equals("update"))
          && !words[i + 1].startsWith("(")) {
        table = words[i + 1].replaceAll("[^A-Za-z0-9_.]", "");
        break;
      }
    }
    return verb + " " + table.toUpperCase(Locale.ROOT);
  }

  @FunctionalInterface
  private interface Handler {
    Object handle(Object target, Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, Object target, Handler handler) {
    InvocationHandler ih = (p, m, a) -> handler.handle(target, m, a);
    return type.cast(
        Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type}, ih));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
