package dev.actionloop.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/** Fails the transaction when the variable {@code explode} is true: a failure after our act. */
public class ExplodingListener implements ExecutionListener {
  @Override
  public void notify(DelegateExecution execution) {
    if (Boolean.TRUE.equals(execution.getVariable("explode"))) {
      throw new IllegalStateException("boom after the act");
    }
  }
}
