package dev.actionloop.server.deploy.rules;

import static dev.actionloop.server.deploy.ModelDom.isCamunda;

import dev.actionloop.server.deploy.DeploymentRule;
import dev.actionloop.server.deploy.Finding;
import dev.actionloop.server.deploy.ModelDom;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/** No execution, task or variable listeners: each one is code run by the engine. */
@Component
public class ListenerRule implements DeploymentRule {
  private static final Set<String> LISTENERS =
      Set.of("executionListener", "taskListener", "variableListener");

  @Override
  public void check(Document model, List<Finding> findings) {
    ModelDom.forEachElement(
        model,
        element -> {
          if (isCamunda(element.getNamespaceURI()) && LISTENERS.contains(element.getLocalName())) {
            findings.add(
                Finding.error(
                    "deploy/listener",
                    ModelDom.elementId(element),
                    "The "
                        + ModelDom.display(element)
                        + " runs code on the server at every event; listeners are refused."));
          }
        });
  }
}
