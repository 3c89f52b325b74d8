package dev.actionloop.server.deploy.rules;

import static dev.actionloop.server.deploy.ModelDom.isCamunda;

import dev.actionloop.server.deploy.DeploymentRule;
import dev.actionloop.server.deploy.Finding;
import dev.actionloop.server.deploy.ModelDom;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;

/**
 * No delegates: {@code camunda:delegateExpression}, {@code camunda:expression} (a method call on a
 * task or listener) and {@code camunda:variableMappingDelegateExpression}.
 */
@Component
public class DelegateExpressionRule implements DeploymentRule {
  private static final Set<String> DELEGATES =
      Set.of("delegateExpression", "expression", "variableMappingDelegateExpression");

  @Override
  public void check(Document model, List<Finding> findings) {
    ModelDom.forEachElement(
        model,
        element -> {
          NamedNodeMap attributes = element.getAttributes();
          for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (isCamunda(attribute.getNamespaceURI())
                && DELEGATES.contains(attribute.getLocalName())) {
              findings.add(
                  Finding.error(
                      "deploy/delegate",
                      ModelDom.elementId(element),
                      attribute.getName()
                          + " on "
                          + ModelDom.display(element)
                          + " calls code on the server; only trusted deployers may use"
                          + " delegates. Use a user task or an external task instead."));
            }
          }
        });
  }
}
