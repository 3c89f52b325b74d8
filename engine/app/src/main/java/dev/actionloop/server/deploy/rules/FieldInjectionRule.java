package dev.actionloop.server.deploy.rules;

import static dev.actionloop.server.deploy.ModelDom.isCamunda;

import dev.actionloop.server.deploy.DeploymentRule;
import dev.actionloop.server.deploy.Finding;
import dev.actionloop.server.deploy.ModelDom;
import java.util.List;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/** No {@code camunda:field}: field injection only configures Java delegates. */
@Component
public class FieldInjectionRule implements DeploymentRule {
  @Override
  public void check(Document model, List<Finding> findings) {
    ModelDom.forEachElement(
        model,
        element -> {
          if (isCamunda(element.getNamespaceURI()) && "field".equals(element.getLocalName())) {
            findings.add(
                Finding.error(
                    "deploy/field-injection",
                    ModelDom.elementId(element),
                    "The "
                        + ModelDom.display(element)
                        + " injects values into Java code; only trusted deployers may use it."));
          }
        });
  }
}
