package dev.actionloop.engine;

/** The fixed BPMN error and escalation codes a model can catch. Documented in docs/loop.md. */
public final class LoopCodes {
  /** BPMN error: the performer declined and the customer then cancelled. */
  public static final String DECLINED = "LOOP_DECLINED";

  /** BPMN error: the customer cancelled the request. */
  public static final String CANCELLED = "LOOP_CANCELLED";

  /** BPMN error: the performer released the promise. */
  public static final String RELEASED = "LOOP_RELEASED";

  /** BPMN escalation: no promise within promise-within. */
  public static final String PROMISE_OVERDUE = "LOOP_PROMISE_OVERDUE";

  /** BPMN escalation: no decision within accept-within. */
  public static final String ACCEPT_OVERDUE = "LOOP_ACCEPT_OVERDUE";

  private LoopCodes() {}
}
