package dev.actionloop.engine;

import org.camunda.bpm.engine.ProcessEngineException;

/** Base of every refusal by the loop. Nothing was changed when one is thrown. */
public class LoopException extends ProcessEngineException {
  public LoopException(String message) {
    super(message);
  }
}
