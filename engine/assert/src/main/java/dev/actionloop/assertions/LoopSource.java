package dev.actionloop.assertions;

import dev.actionloop.engine.Act;
import dev.actionloop.engine.ActionLoop;
import dev.actionloop.engine.ChainVerification;
import dev.actionloop.engine.Loop;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;

/**
 * Where the assertions read loops, acts and group memberships from: an engine, or a test's fake.
 */
interface LoopSource {

  Loop loop(String taskId);

  List<Loop> loopsOf(String processInstanceId);

  List<Act> transcript(String processInstanceId);

  ChainVerification verify(String processInstanceId);

  Set<String> groupsOf(String userId);

  static LoopSource of(ProcessEngine engine) {
    ActionLoop actionLoop = ActionLoop.of(engine);
    return new LoopSource() {
      @Override
      public Loop loop(String taskId) {
        return actionLoop.loops().getLoop(taskId);
      }

      @Override
      public List<Loop> loopsOf(String processInstanceId) {
        return actionLoop.loops().createLoopQuery().processInstanceId(processInstanceId).list();
      }

      @Override
      public List<Act> transcript(String processInstanceId) {
        return actionLoop.audit().transcript(processInstanceId);
      }

      @Override
      public ChainVerification verify(String processInstanceId) {
        return actionLoop.audit().verify(processInstanceId);
      }

      @Override
      public Set<String> groupsOf(String userId) {
        return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .collect(Collectors.toSet());
      }
    };
  }
}
