package dev.actionloop.server.deploy.rules;

import static dev.actionloop.server.deploy.ModelDom.isCamunda;

import dev.actionloop.server.deploy.DeploymentRule;
import dev.actionloop.server.deploy.Finding;
import dev.actionloop.server.deploy.ModelDom;
import java.util.List;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;

/**
 * {@code camunda:type} only as {@code external}: other types (mail, ...) run built-in behaviour on
 * the server.
 */
@Component
public class TaskTypeRule implements DeploymentRule {
  @Override
  public void check(Document model, List<Finding> findings) {
    ModelDom.forEachElement(
        model,
        element -> {
          NamedNodeMap attributes = element.getAttributes();
          for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (isCamunda(attribute.getNamespaceURI())
                && "type".equals(attribute.getLocalName())
                && !"external".equals(attribute.getValue())) {
              findings.add(
                  Finding.error(
                      "deploy/task-type",
                      ModelDom.elementId(element),
                      attribute.getName()
                          + "=\""
                          + attribute.getValue()
                          + "\" runs server-side behaviour; only camunda:type=\"external\" is"
                          + " allowed."));
            }
          }
        });
  }
}
