package dev.actionloop.server.deploy.rules;

import dev.actionloop.server.deploy.DeploymentRule;
import dev.actionloop.server.deploy.ExpressionPolicy;
import dev.actionloop.server.deploy.Finding;
import dev.actionloop.server.deploy.ModelDom;
import java.util.List;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Every expression anywhere in the model (conditions, timers, assignees, names, input/output
 * mappings, message names, ...) must be a safe expression. Some are evaluated during deployment
 * itself (timer start events), so this must hold before the engine sees the model.
 */
@Component
public class UnsafeExpressionRule implements DeploymentRule {
  private final ExpressionPolicy policy;

  public UnsafeExpressionRule(ExpressionPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void check(Document model, List<Finding> findings) {
    ModelDom.forEachElement(
        model,
        element -> {
          NamedNodeMap attributes = element.getAttributes();
          for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
              check(element, "attribute " + attribute.getName(), attribute.getValue(), findings);
            }
          }
          check(
              element, "text of " + ModelDom.display(element), ModelDom.ownText(element), findings);
        });
  }

  private void check(Element element, String where, String value, List<Finding> findings) {
    if (value == null || !(value.contains("${") || value.contains("#{"))) {
      return;
    }
    List<String> problems = policy.problems(value);
    if (!problems.isEmpty()) {
      findings.add(
          Finding.error(
              "deploy/unsafe-expression",
              ModelDom.elementId(element),
              "The expression "
                  + abbreviate(value)
                  + " in the "
                  + where
                  + " is refused: "
                  + String.join("; ", problems)
                  + ". Expressions may use variables, literals, operators and properties only."));
    }
  }

  private static String abbreviate(String value) {
    return value.length() <= 120 ? value : value.substring(0, 117) + "...";
  }
}
