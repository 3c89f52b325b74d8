package dev.actionloop.server.deploy.rules;

import static dev.actionloop.server.deploy.ModelDom.isCamunda;

import dev.actionloop.server.deploy.DeploymentRule;
import dev.actionloop.server.deploy.Finding;
import dev.actionloop.server.deploy.ModelDom;
import java.util.List;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/** No connectors: they make the server call out (HTTP, SOAP) on the model's behalf. */
@Component
public class ConnectorRule implements DeploymentRule {
  @Override
  public void check(Document model, List<Finding> findings) {
    ModelDom.forEachElement(
        model,
        element -> {
          if (isCamunda(element.getNamespaceURI()) && "connector".equals(element.getLocalName())) {
            findings.add(
                Finding.error(
                    "deploy/connector",
                    ModelDom.elementId(element),
                    "The "
                        + ModelDom.display(element)
                        + " makes the server call other systems; connectors are refused."));
          }
        });
  }
}
