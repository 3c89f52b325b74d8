package dev.actionloop.engine.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * One side of the comparison: runs whole process instances start to end, as the people in them
 * would. Every act runs with its actor authenticated, on both sides, as it would behind a REST API
 * (Camunda writes its user operation log only for authenticated users).
 */
abstract class Scenario {
  static final String CUSTOMER = "alice";
  static final String PERFORMER = "bob";

  final ProcessEngine engine;
  final RuntimeService runtime;
  final TaskService tasks;
  private final IdentityService identity;

  Scenario(ProcessEngine engine, String bpmnResource) {
    this.engine = engine;
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.identity = engine.getIdentityService();
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("dev/actionloop/engine/bench/" + bpmnResource)
        .deploy();
  }

  abstract String label();

  /** Runs one instance to its end; the customer says no {@code rejections} times first. */
  abstract void runOnce(int rejections);

  /** What the side measures, in words, once it knows (after the first instance). */
  String describe() {
    return label();
  }

  private final Map<String, long[]> steps = new LinkedHashMap<>();
  private boolean timingSteps;

  /** Times each named step of the instances run while on: where the time goes, act by act. */
  void timeSteps(boolean on) {
    timingSteps = on;
  }

  /** Milliseconds per step and the number of times it ran, in the order steps first ran. */
  Map<String, long[]> steps() {
    return steps;
  }

  void step(String name, Runnable action) {
    if (!timingSteps) {
      action.run();
      return;
    }
    long start = System.nanoTime();
    action.run();
    long[] s = steps.computeIfAbsent(name, k -> new long[2]);
    s[0] += System.nanoTime() - start;
    s[1]++;
  }

  void as(String user) {
    identity.setAuthentication(user, List.of());
  }

  String taskOf(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  /** Instances that did not reach their end: must be 0 after a run. */
  long unfinished() {
    identity.clearAuthentication();
    return runtime.createProcessInstanceQuery().count();
  }

  long finished() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
  }
}
