package dev.actionloop.engine;

import java.util.List;

/** Finds loops. "My" means the user authenticated on the engine's IdentityService. */
public interface LoopQuery {

  /** Open loops where I am a candidate performer and nobody has promised yet. */
  LoopQuery awaitingMyPromise();

  /** Loops I promised that are not yet accepted. */
  LoopQuery myPromises();

  /** Declared loops where I am the customer. */
  LoopQuery awaitingMyAcceptance();

  /** Loops where I am the customer, in any state. */
  LoopQuery asCustomer();

  /** Loops where I am a performer, in any state. */
  LoopQuery asPerformer();

  LoopQuery processDefinitionKey(String key);

  LoopQuery processInstanceId(String processInstanceId);

  LoopQuery state(LoopState... states);

  LoopQuery round(int round);

  /** The loop of one task. */
  LoopQuery taskId(String taskId);

  /** Loops of one activity (BPMN element id). */
  LoopQuery activityId(String activityId);

  /** Loops declared after their promised due date. */
  LoopQuery brokenPromises();

  List<Loop> list();

  Loop singleResult();

  long count();
}
