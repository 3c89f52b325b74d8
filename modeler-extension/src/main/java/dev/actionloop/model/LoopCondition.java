package dev.actionloop.model;

import org.camunda.bpm.model.bpmn.instance.BpmnModelElementInstance;

/**
 * One condition of satisfaction ({@code loop:condition}): what the customer expects of the work, in
 * their words, and optionally a machine check the engine evaluates before a declare.
 */
public interface LoopCondition extends BpmnModelElementInstance {

  /** Unique within the task; not an XML id, so it may repeat across tasks. */
  String getId();

  void setId(String id);

  String getText();

  void setText(String text);

  /** Whether accept needs this condition confirmed; {@code true} when the attribute is absent. */
  boolean isRequired();

  void setRequired(boolean required);

  /** The machine check expression, or {@code null} when the customer checks by hand. */
  String getCheck();

  void setCheck(String check);
}
