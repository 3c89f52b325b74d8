package dev.actionloop.engine.race;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * A data source that tells {@link Contestant} and {@link InjectedFailures} when their thread
 * prepares a statement that takes a lock. This is the one seam the race and failure tests need: it
 * sees the engine's and the plugin's statements alike, without knowing how either is written.
 * (Statements are caught when prepared; Camunda and the plugin prepare every statement they run.)
 */
final class StatementSeam {
  private StatementSeam() {}

  static DataSource watch(DataSource target) {
    return proxy(
        DataSource.class,
        target,
        (m, a, r) ->
            r instanceof Connection c ? proxy(Connection.class, c, (m2, a2, r2) -> r2) : r);
  }

  static boolean takesLock(String sql) {
    String s = sql.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return s.startsWith("insert")
        || s.startsWith("update")
        || s.startsWith("delete")
        || s.startsWith("merge")
        || (s.startsWith("select") && s.contains(" for update"));
  }

  @FunctionalInterface
  private interface After {
    Object apply(Method method, Object[] args, Object result) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, Object target, After after) {
    InvocationHandler handler =
        (p, method, args) -> {
          if (type == Connection.class
              && (method.getName().equals("prepareStatement")
                  || method.getName().equals("prepareCall"))
              && args[0] instanceof String sql
              && takesLock(sql)) {
            Contestant.beforeLockingStatement(sql);
            InjectedFailures.beforeLockingStatement(sql);
          }
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          return after.apply(method, args, result);
        };
    return type.cast(
        Proxy.newProxyInstance(
            StatementSeam.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
