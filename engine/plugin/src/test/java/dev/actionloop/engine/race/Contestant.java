package dev.actionloop.engine.race;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One side of a race, run on its own thread. It runs until its transaction is about to take its
 * first lock (its first INSERT, UPDATE, DELETE or SELECT ... FOR UPDATE), stops there and waits for
 * the test to let it go: by then it has read everything it decides on, and so has its rival.
 */
final class Contestant {
  private static final ThreadLocal<Contestant> CURRENT = new ThreadLocal<>();

  final String name;
  private final Runnable act;
  private final CountDownLatch atFirstLock = new CountDownLatch(1);
  private final CountDownLatch go = new CountDownLatch(1);
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile boolean paused;
  private volatile String pausedBefore;
  private volatile Throwable failure;
  private volatile Thread thread;

  Contestant(String name, Runnable act) {
    this.name = name;
    this.act = act;
  }

  void start() {
    thread =
        new Thread(
            () -> {
              CURRENT.set(this);
              try {
                act.run();
              } catch (Throwable t) {
                failure = t;
              } finally {
                CURRENT.remove();
                atFirstLock.countDown(); // also when it never got that far
                done.countDown();
              }
            },
            "race-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Called by the JDBC wrapper on the contestant's thread before a locking statement. */
  static void beforeLockingStatement(String sql) {
    Contestant c = CURRENT.get();
    if (c == null || c.paused) {
      return;
    }
    c.paused = true;
    c.pausedBefore = sql;
    c.atFirstLock.countDown();
    try {
      if (!c.go.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException(c.name + " was never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the contestant is held before its first lock, or has finished without one. */
  boolean awaitFirstLock(long seconds) throws InterruptedException {
    return atFirstLock.await(seconds, TimeUnit.SECONDS);
  }

  /** Whether it is held before its first locking statement (rather than finished early). */
  boolean isHeld() {
    return paused && done.getCount() == 1;
  }

  void release() {
    go.countDown();
  }

  boolean awaitDone(long seconds) throws InterruptedException {
    return done.await(seconds, TimeUnit.SECONDS);
  }

  boolean won() {
    return done.getCount() == 0 && failure == null;
  }

  Throwable failure() {
    return failure;
  }

  String pausedBefore() {
    return pausedBefore;
  }

  /** Where the thread is, for a failure message when it does not arrive. */
  String whereIs() {
    Thread t = thread;
    if (t == null) {
      return "not started";
    }
    StringBuilder s = new StringBuilder(t.getState().toString());
    for (StackTraceElement e : t.getStackTrace()) {
      s.append("\n    at ").append(e);
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return name
        + (failure == null
            ? " (won)"
            : " (lost: " + failure.getClass().getSimpleName() + ": " + failure.getMessage() + ")");
  }
}
