package dev.actionloop.engine.bench;

import dev.actionloop.engine.ActionLoop;
import dev.actionloop.engine.LoopService;
import dev.actionloop.engine.LoopStateException;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * (B) ActionLoop: one gated task; the performer declares, the customer accepts (or rejects, and the
 * performer declares again). If the engine refuses a declare before a promise, the performer
 * promises first and the report says so.
 */
final class GatedLoop extends Scenario {
  private static final Map<String, Boolean> ALL_MET = Map.of("done", true);

  private final LoopService loops;
  private Boolean promiseFirst;

  GatedLoop(ProcessEngine engine) {
    super(engine, "gated-loop.bpmn");
    this.loops = ActionLoop.of(engine).loops();
  }

  @Override
  String label() {
    return "ActionLoop gated loop";
  }

  @Override
  String describe() {
    return promiseFirst == null
        ? label()
        : label() + (promiseFirst ? " (promise + declare + accept)" : " (declare + accept)");
  }

  @Override
  void runOnce(int rejections) {
    as(CUSTOMER);
    String[] started = new String[1];
    step(
        "start (task query included)",
        () -> started[0] = taskOf(runtime.startProcessInstanceByKey("gatedLoop").getId()));
    String task = started[0];
    as(PERFORMER);
    boolean declared = promiseFirst == null && probeDeclareWithoutPromise(task);
    if (promiseFirst) {
      step("promise", () -> loops.promise(task, null, null));
    }
    for (int round = 0; ; round++) {
      as(PERFORMER);
      if (!declared) {
        step("declare", () -> loops.declare(task, ALL_MET, "done"));
      }
      declared = false;
      as(CUSTOMER);
      if (round < rejections) {
        step("reject", () -> loops.reject(task, "not yet", Set.of("done")));
      } else {
        step("accept", () -> loops.accept(task, ALL_MET, null));
        return;
      }
    }
  }

  /** Asked once, on the first instance: a refused act changes nothing. */
  private boolean probeDeclareWithoutPromise(String task) {
    try {
      loops.declare(task, ALL_MET, "done");
      promiseFirst = false;
      return true;
    } catch (LoopStateException e) {
      promiseFirst = true;
      return false;
    }
  }
}
