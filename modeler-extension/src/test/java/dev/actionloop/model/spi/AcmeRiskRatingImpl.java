package dev.actionloop.model.spi;

import org.camunda.bpm.model.bpmn.impl.instance.BpmnModelElementInstanceImpl;
import org.camunda.bpm.model.xml.ModelBuilder;
import org.camunda.bpm.model.xml.impl.instance.ModelTypeInstanceContext;
import org.camunda.bpm.model.xml.type.ModelElementTypeBuilder;
import org.camunda.bpm.model.xml.type.attribute.Attribute;

/** Registered through {@link AcmeTestExtension#registerTypes}, as a real extension jar would. */
public final class AcmeRiskRatingImpl extends BpmnModelElementInstanceImpl
    implements AcmeRiskRating {

  private static Attribute<String> levelAttribute;

  public static void registerType(ModelBuilder builder) {
    ModelElementTypeBuilder type =
        builder
            .defineType(AcmeRiskRating.class, "riskRating")
            .namespaceUri(AcmeTestExtension.ACME_NS)
            .instanceProvider(AcmeRiskRatingImpl::new);
    levelAttribute = type.stringAttribute("level").build();
    type.build();
  }

  AcmeRiskRatingImpl(ModelTypeInstanceContext context) {
    super(context);
  }

  @Override
  public String getLevel() {
    return levelAttribute.getValue(this);
  }
}
