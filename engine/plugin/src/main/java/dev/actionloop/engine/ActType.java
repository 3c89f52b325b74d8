package dev.actionloop.engine;

/** The kinds of act recorded in the act log. */
public enum ActType {
  REQUEST,
  PROMISE,
  DECLINE,
  COUNTER_OFFER,
  ACCEPT_COUNTER_OFFER,
  REFUSE_COUNTER_OFFER,
  REREQUEST,
  DECLARE,
  ACCEPT,
  REJECT,
  CANCEL,
  RELEASE,
  /** The promise-within deadline passed without a promise. Recorded by the engine. */
  PROMISE_OVERDUE,
  /** The accept-within deadline passed without a decision. Recorded by the engine. */
  ACCEPT_OVERDUE,
  /** An administrator forced progress, with a reason. */
  OVERRIDE
}
