package dev.actionloop.engine.impl;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ParameterValueProvider;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;

/** An external task that opens a loop when created and keeps the token until the loop closes. */
final class GatedExternalTaskBehavior extends ExternalTaskActivityBehavior {

  private final GateBackstop backstop;

  private GatedExternalTaskBehavior(
      ParameterValueProvider topic, ParameterValueProvider priority, GateBackstop backstop) {
    super(topic, priority);
    this.backstop = backstop;
  }

  static GatedExternalTaskBehavior wrap(
      ExternalTaskActivityBehavior original, GateBackstop backstop) {
    try {
      Field topic = ExternalTaskActivityBehavior.class.getDeclaredField("topicNameValueProvider");
      topic.setAccessible(true);
      return new GatedExternalTaskBehavior(
          (ParameterValueProvider) topic.get(original),
          original.getPriorityValueProvider(),
          backstop);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "ActionLoop cannot gate external tasks on this Camunda version (no topic field)", e);
    }
  }

  @Override
  public void execute(ActivityExecution execution) throws Exception {
    super.execute(execution);
    backstop.externalTaskCreated(execution, GateDefinition.of(execution.getActivity()));
  }

  @Override
  public void signal(ActivityExecution execution, String signalName, Object signalData)
      throws Exception {
    backstop.checkSignal(execution);
    super.signal(execution, signalName, signalData);
  }
}
