package dev.actionloop.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The acts of the loop. Every act is performed by the user authenticated on the engine's {@code
 * IdentityService} (with their groups), checked and recorded in the same transaction as the engine
 * change. Refusals throw a {@link LoopException} subtype and change nothing.
 */
public interface LoopService {

  /** The performer promises, optionally by a due date. */
  void promise(String taskId, Instant due, String comment);

  /** The performer declines; the customer may then re-request or cancel. */
  void decline(String taskId, String reason);

  /** The performer proposes another due date and/or other conditions. */
  void counterOffer(String taskId, CounterOffer offer);

  /**
   * The customer agrees to the counter-offer: it becomes the promise (a new conditions version).
   */
  void acceptCounterOffer(String taskId, String comment);

  /** The customer refuses the counter-offer: back to requested. */
  void refuseCounterOffer(String taskId, String reason);

  /** The customer asks again after a decline. */
  void rerequest(String taskId, String comment);

  /**
   * The performer declares the work done. Refused while a machine-checkable condition is false (the
   * error names them).
   *
   * @param selfCheck the performer's own verdict per condition id
   */
  void declare(String taskId, Map<String, Boolean> selfCheck, String evidence);

  /**
   * The customer accepts; the token moves on. Every required condition must be confirmed; the
   * customer may never be the performer of this work.
   */
  void accept(String taskId, Map<String, Boolean> confirmations, String comment);

  /** The customer rejects with a reason; the work goes back to the performer, round + 1. */
  void reject(String taskId, String reason, Set<String> failedConditions);

  /** The customer withdraws the request; raises the BPMN error {@link LoopCodes#CANCELLED}. */
  void cancel(String taskId, String reason);

  /** The performer gives up after promising; raises the BPMN error {@link LoopCodes#RELEASED}. */
  void release(String taskId, String reason);

  /**
   * An administrator (a member of one of the plugin's admin groups) forces the loop closed and the
   * token on, recorded as its own act with the reason. Same as {@code override(taskId, reason,
   * true)}.
   */
  void override(String taskId, String reason);

  /**
   * An administrator forces the loop closed with a reason. With {@code completeTask} false the
   * token stays where it is, and the administrator may then move or cancel it with Camunda's own
   * tools (process instance modification), which the gate refuses while a loop is open.
   */
  void override(String taskId, String reason, boolean completeTask);

  /** The loop of a gated task. */
  Loop getLoop(String taskId);

  LoopQuery createLoopQuery();
}
