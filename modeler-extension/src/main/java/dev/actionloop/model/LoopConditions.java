package dev.actionloop.model;

import java.util.Collection;
import org.camunda.bpm.model.bpmn.instance.BpmnModelElementInstance;

/** The {@code loop:conditions} container inside a task's {@code bpmn:extensionElements}. */
public interface LoopConditions extends BpmnModelElementInstance {

  /** The live list of conditions, in document order; adding to it changes the model. */
  Collection<LoopCondition> getConditions();
}
