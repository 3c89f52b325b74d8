package dev.actionloop.model.impl;

import static dev.actionloop.model.LoopNamespace.ATTR_CONDITION_CHECK;
import static dev.actionloop.model.LoopNamespace.ATTR_CONDITION_ID;
import static dev.actionloop.model.LoopNamespace.ATTR_CONDITION_REQUIRED;
import static dev.actionloop.model.LoopNamespace.ATTR_CONDITION_TEXT;
import static dev.actionloop.model.LoopNamespace.ELEMENT_CONDITION;
import static dev.actionloop.model.LoopNamespace.NS;

import dev.actionloop.model.LoopCondition;
import org.camunda.bpm.model.bpmn.impl.instance.BpmnModelElementInstanceImpl;
import org.camunda.bpm.model.xml.ModelBuilder;
import org.camunda.bpm.model.xml.impl.instance.ModelTypeInstanceContext;
import org.camunda.bpm.model.xml.type.ModelElementTypeBuilder;
import org.camunda.bpm.model.xml.type.attribute.Attribute;

/** Typed {@code loop:condition}, registered with camunda-bpmn-model. */
public final class LoopConditionImpl extends BpmnModelElementInstanceImpl implements LoopCondition {

  // Rebound on every registration; ActionLoopBpmn registers once per JVM.
  private static Attribute<String> idAttribute;
  private static Attribute<String> textAttribute;
  private static Attribute<Boolean> requiredAttribute;
  private static Attribute<String> checkAttribute;

  public static void registerType(ModelBuilder builder) {
    ModelElementTypeBuilder type =
        builder
            .defineType(LoopCondition.class, ELEMENT_CONDITION)
            .namespaceUri(NS)
            .instanceProvider(LoopConditionImpl::new);
    // Plain string, not idAttribute(): condition ids must not share the document's XML id space.
    idAttribute = type.stringAttribute(ATTR_CONDITION_ID).build();
    textAttribute = type.stringAttribute(ATTR_CONDITION_TEXT).build();
    requiredAttribute = type.booleanAttribute(ATTR_CONDITION_REQUIRED).defaultValue(true).build();
    checkAttribute = type.stringAttribute(ATTR_CONDITION_CHECK).build();
    type.build();
  }

  LoopConditionImpl(ModelTypeInstanceContext context) {
    super(context);
  }

  @Override
  public String getId() {
    return idAttribute.getValue(this);
  }

  @Override
  public void setId(String id) {
    idAttribute.setValue(this, id);
  }

  @Override
  public String getText() {
    return textAttribute.getValue(this);
  }

  @Override
  public void setText(String text) {
    textAttribute.setValue(this, text);
  }

  @Override
  public boolean isRequired() {
    return requiredAttribute.getValue(this);
  }

  @Override
  public void setRequired(boolean required) {
    requiredAttribute.setValue(this, required);
  }

  @Override
  public String getCheck() {
    return checkAttribute.getValue(this);
  }

  @Override
  public void setCheck(String check) {
    if (check == null) {
      checkAttribute.removeAttribute(this);
    } else {
      checkAttribute.setValue(this, check);
    }
  }
}
