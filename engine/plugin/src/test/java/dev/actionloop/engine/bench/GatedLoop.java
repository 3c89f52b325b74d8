package dev.actionloop.engine.bench;

import dev.actionloop.engine.ActionLoop;
import dev.actionloop.engine.LoopService;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * (B) ActionLoop: one gated task; the performer declares (which on a REQUESTED loop is the promise
 * too), the customer accepts (or rejects, and the performer declares again). With {@code
 * promiseFirst} the performer promises in a command of its own first, as a performer who commits
 * before doing the work does.
 */
final class GatedLoop extends Scenario {
  private static final Map<String, Boolean> ALL_MET = Map.of("done", true);

  private final LoopService loops;
  private final boolean promiseFirst;

  GatedLoop(ProcessEngine engine, boolean promiseFirst) {
    super(engine, "gated-loop.bpmn");
    this.loops = ActionLoop.of(engine).loops();
    this.promiseFirst = promiseFirst;
  }

  @Override
  String label() {
    return "ActionLoop gated loop";
  }

  @Override
  String describe() {
    return label() + (promiseFirst ? " (promise + declare + accept)" : " (declare + accept)");
  }

  @Override
  void runOnce(int rejections) {
    as(CUSTOMER);
    String[] started = new String[1];
    step(
        "start (task query included)",
        () -> started[0] = taskOf(runtime.startProcessInstanceByKey("gatedLoop").getId()));
    String task = started[0];
    if (promiseFirst) {
      as(PERFORMER);
      step("promise", () -> loops.promise(task, null, null));
    }
    for (int round = 0; ; round++) {
      as(PERFORMER);
      step("declare", () -> loops.declare(task, ALL_MET, "done"));
      as(CUSTOMER);
      if (round < rejections) {
        step("reject", () -> loops.reject(task, "not yet", Set.of("done")));
      } else {
        step("accept", () -> loops.accept(task, ALL_MET, null));
        return;
      }
    }
  }
}
