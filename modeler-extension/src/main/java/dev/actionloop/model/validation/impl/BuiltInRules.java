package dev.actionloop.model.validation.impl;

import dev.actionloop.model.spi.CheckLanguage;
import dev.actionloop.model.spi.LoopExtension;
import dev.actionloop.model.spi.LoopRule;
import java.util.List;

/** The rules of {@code docs/rules.md}, contributed through the same SPI as any extension. */
public final class BuiltInRules implements LoopExtension {

  @Override
  public List<LoopRule> rules() {
    return List.of(
        new LaneRules(),
        new CustomerLaneRules(),
        new ConditionRules(),
        new DurationRule(),
        new SeparationOfDutiesRule(),
        new GatingRules(),
        new InterruptionRules());
  }

  @Override
  public List<CheckLanguage> checkLanguages() {
    return List.of(new JuelCheckLanguage());
  }
}
