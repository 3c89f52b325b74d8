package dev.actionloop.engine.impl;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Per-command state of the gate: which activity instances this command's own act lets go. Lives and
 * dies with the command context, so nothing leaks into the next command on the thread.
 */
final class LoopSession implements Session {

  private final Set<String> released = new HashSet<>();

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
