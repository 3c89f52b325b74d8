package dev.actionloop.model.spi;

/**
 * A model rule. It looks at the model through the context and reports findings with a stable code
 * ({@code vendor/rule-name}); it must not change the model.
 */
@FunctionalInterface
public interface LoopRule {

  void check(RuleContext context);
}
