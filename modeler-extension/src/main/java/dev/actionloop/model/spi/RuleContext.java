package dev.actionloop.model.spi;

import dev.actionloop.model.LoopModel;
import dev.actionloop.model.validation.Severity;
import java.util.List;

/** What a {@link LoopRule} sees of one validation run. */
public interface RuleContext {

  /** The model with its lanes indexed once for all rules. */
  LoopModel model();

  /**
   * Problems of a {@code check} expression, judged by the first check language that recognizes it;
   * empty when it is fine.
   */
  List<String> checkProblems(String check);

  /** Reports a finding on the BPMN element with this id, in words a process analyst understands. */
  void report(String code, Severity severity, String elementId, String message);
}
