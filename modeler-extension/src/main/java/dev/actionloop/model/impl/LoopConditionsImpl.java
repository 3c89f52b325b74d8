package dev.actionloop.model.impl;

import static dev.actionloop.model.LoopNamespace.ELEMENT_CONDITIONS;
import static dev.actionloop.model.LoopNamespace.NS;

import dev.actionloop.model.LoopCondition;
import dev.actionloop.model.LoopConditions;
import java.util.Collection;
import org.camunda.bpm.model.bpmn.impl.instance.BpmnModelElementInstanceImpl;
import org.camunda.bpm.model.xml.ModelBuilder;
import org.camunda.bpm.model.xml.impl.instance.ModelTypeInstanceContext;
import org.camunda.bpm.model.xml.type.ModelElementTypeBuilder;
import org.camunda.bpm.model.xml.type.child.ChildElementCollection;

/** Typed {@code loop:conditions}, registered with camunda-bpmn-model. */
public final class LoopConditionsImpl extends BpmnModelElementInstanceImpl
    implements LoopConditions {

  private static ChildElementCollection<LoopCondition> conditionCollection;

  public static void registerType(ModelBuilder builder) {
    ModelElementTypeBuilder type =
        builder
            .defineType(LoopConditions.class, ELEMENT_CONDITIONS)
            .namespaceUri(NS)
            .instanceProvider(LoopConditionsImpl::new);
    conditionCollection = type.sequence().elementCollection(LoopCondition.class).build();
    type.build();
  }

  LoopConditionsImpl(ModelTypeInstanceContext context) {
    super(context);
  }

  @Override
  public Collection<LoopCondition> getConditions() {
    return conditionCollection.get(this);
  }
}
