package dev.actionloop.model.spi;

import org.camunda.bpm.model.bpmn.instance.BpmnModelElementInstance;

/** A third party's typed extension element: {@code <acme:riskRating level="high"/>}. */
public interface AcmeRiskRating extends BpmnModelElementInstance {

  String getLevel();
}
