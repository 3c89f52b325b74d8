package dev.actionloop.engine.bench;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/** (A) Plain Camunda: work task, review task, exclusive gateway back to work or on to the end. */
final class PlainReviewLoop extends Scenario {

  PlainReviewLoop(ProcessEngine engine) {
    super(engine, "review-loop.bpmn");
  }

  @Override
  String label() {
    return "plain Camunda (work -> review -> gateway)";
  }

  @Override
  void runOnce(int rejections) {
    as(CUSTOMER);
    String[] instance = new String[1];
    step("start", () -> instance[0] = runtime.startProcessInstanceByKey("reviewLoop").getId());
    for (int round = 0; ; round++) {
      as(PERFORMER);
      step("complete work", () -> tasks.complete(taskOf(instance[0])));
      as(CUSTOMER);
      boolean approved = round >= rejections;
      step(
          approved ? "complete review (approved)" : "complete review (not approved)",
          () -> tasks.complete(taskOf(instance[0]), Map.of("approved", approved)));
      if (approved) {
        return;
      }
    }
  }
}
