package dev.actionloop.engine.impl;

import dev.actionloop.model.validation.Finding;
import dev.actionloop.model.validation.LoopValidator;
import dev.actionloop.model.validation.SafeModelReader;
import dev.actionloop.model.validation.Severity;
import dev.actionloop.model.validation.UnreadableModelException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs the model rules of docs/rules.md (the modeler-extension's {@link LoopValidator}) on every
 * BPMN resource of a new deployment, before Camunda parses it. A model with an error finding is
 * refused with a {@link ParseException} that lists each finding with its code and element, so the
 * same rules hold in the modeler, the validator CLI and the engine. Findings whose code the plugin
 * was told to ignore (only {@code setRefuseInterruptingEvents(false)} does) do not refuse.
 */
final class ModelRulesDeployer implements Deployer {

  private final LoopValidator validator = LoopValidator.withDiscoveredRules();
  private final Set<String> ignoredCodes;

  ModelRulesDeployer(Set<String> ignoredCodes) {
    this.ignoredCodes = Set.copyOf(ignoredCodes);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return; // only new deployments: a cache reload must never fail on models already running
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (isBpmn(resource.getName())) {
        check(resource);
      }
    }
  }

  private void check(ResourceEntity resource) {
    List<Finding> errors;
    try {
      errors =
          validator.validate(SafeModelReader.read(resource.getBytes())).stream()
              .filter(f -> f.severity() == Severity.ERROR)
              .filter(f -> !ignoredCodes.contains(f.code()))
              .toList();
    } catch (UnreadableModelException e) {
      return; // not a readable model: Camunda's own parser reports it precisely
    }
    if (errors.isEmpty()) {
      return;
    }
    StringBuilder message =
        new StringBuilder("ActionLoop: the model breaks its rules (docs/rules.md):");
    for (Finding f : errors) {
      message
          .append("\n* ")
          .append(f.code())
          .append(" on '")
          .append(f.elementId())
          .append("': ")
          .append(f.message())
          .append(" | resource ")
          .append(resource.getName());
    }
    throw new ParseException(
        message.toString(),
        resource.getName(),
        errors.stream().map(RuleProblem::new).map(Problem.class::cast).toList(),
        List.of());
  }

  private static boolean isBpmn(String name) {
    return name != null && (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml"));
  }

  private record RuleProblem(Finding finding) implements Problem {
    @Override
    public String getMessage() {
      return finding.code() + ": " + finding.message();
    }

    @Override
    public int getLine() {
      return 0;
    }

    @Override
    public int getColumn() {
      return 0;
    }

    @Override
    public String getMainElementId() {
      return finding.elementId();
    }

    @Override
    public List<String> getElementIds() {
      return finding.elementId() == null ? List.of() : List.of(finding.elementId());
    }
  }
}
