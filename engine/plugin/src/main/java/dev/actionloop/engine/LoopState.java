package dev.actionloop.engine;

/** Where a loop stands. See docs/loop.md for the transitions. */
public enum LoopState {
  /** The task exists; the performer has not answered yet. */
  REQUESTED,
  /** The performer has made a counter-offer; the customer accepts or refuses it. */
  COUNTER_OFFERED,
  /** The performer declined; the customer re-requests or cancels. */
  DECLINED,
  /** The performer promised (again after a rejection, with the round incremented). */
  PROMISED,
  /** The performer declared the work done; the customer accepts or rejects. */
  DECLARED,
  /** The customer accepted; the token moved on. Final. */
  ACCEPTED,
  /** The customer withdrew the request. Final; raises a BPMN error. */
  CANCELLED,
  /** The performer gave the promise back. Final; raises a BPMN error. */
  RELEASED,
  /** An administrator forced the loop closed with a reason. Final. */
  OVERRIDDEN;

  public boolean isFinal() {
    return this == ACCEPTED || this == CANCELLED || this == RELEASED || this == OVERRIDDEN;
  }
}
