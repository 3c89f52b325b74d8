package dev.actionloop.engine.impl;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Per-command state of the gate: which activity instances this command's own act lets go, the loop
 * rows this command has read (so the interceptor, the act and the gate share one read), and the
 * chain heads it has locked. Lives and dies with the command context, so nothing leaks into the
 * next command on the thread.
 */
final class LoopSession implements Session {

  private final Set<String> released = new HashSet<>();
  private final Map<String, LoopRow> loops = new HashMap<>();
  private final Map<String, ActLog.Head> heads = new HashMap<>();

  static LoopSession current() {
    return Context.getCommandContext().getSession(LoopSession.class);
  }

  /** Our act (accept, override, leaving error) lets this activity instance's token go. */
  void release(String activityInstanceId) {
    released.add(activityInstanceId);
  }

  boolean isReleased(String activityInstanceId) {
    return released.contains(activityInstanceId);
  }

  /** The loop of a task, read once per command; {@code null} when the task is not gated. */
  LoopRow loop(String taskId) {
    LoopRow row = loops.get(taskId);
    if (row == null) {
      row = LoopStore.find(taskId);
      if (row != null) {
        loops.put(taskId, row);
      }
    }
    return row;
  }

  /** A row this command created or wrote: later reads in the command see it as written. */
  void remember(LoopRow row) {
    loops.put(row.taskId, row);
  }

  /** Drops a row whose write failed, so a caller that catches the failure reads it afresh. */
  void forget(String taskId) {
    loops.remove(taskId);
  }

  /** The chain head this command holds the lock of, or {@code null} before its first append. */
  ActLog.Head head(String processInstanceId) {
    return heads.get(processInstanceId);
  }

  void head(String processInstanceId, ActLog.Head head) {
    heads.put(processInstanceId, head);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  static final class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return LoopSession.class;
    }

    @Override
    public Session openSession() {
      return new LoopSession();
    }
  }
}
