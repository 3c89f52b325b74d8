package dev.actionloop.engine.race;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Failure injection for one thread: records the locking statements (writes) an act sends, or makes
 * the n-th of them fail as if the database had refused it.
 */
final class InjectedFailures {
  private static final ThreadLocal<InjectedFailures> CURRENT = new ThreadLocal<>();

  private final List<String> writes = new ArrayList<>();
  private final int failAt;

  private InjectedFailures(int failAt) {
    this.failAt = failAt;
  }

  /** The writes the action sends, in order. */
  static List<String> record(Runnable action) {
    InjectedFailures f = new InjectedFailures(-1);
    CURRENT.set(f);
    try {
      action.run();
    } finally {
      CURRENT.remove();
    }
    return f.writes;
  }

  /**
   * Runs the action with its write number {@code index} (0-based) failing, and returns what the
   * action threw; {@code null} when the action had no such write and went through.
   */
  static RuntimeException failingWrite(int index, Runnable action) {
    InjectedFailures f = new InjectedFailures(index);
    CURRENT.set(f);
    try {
      action.run();
    } catch (RuntimeException e) {
      return e;
    } finally {
      CURRENT.remove();
    }
    if (f.writes.size() > index) {
      throw new AssertionError(
          "write #" + index + " failed, but the act went through as if nothing happened");
    }
    return null;
  }

  static void beforeLockingStatement(String sql) throws SQLException {
    InjectedFailures f = CURRENT.get();
    if (f == null) {
      return;
    }
    f.writes.add(sql);
    if (f.writes.size() - 1 == f.failAt) {
      throw new SQLException("injected failure of write #" + f.failAt + ": " + sql, "08006");
    }
  }
}
