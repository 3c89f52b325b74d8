package dev.actionloop.server.deploy.rules;

import static dev.actionloop.server.deploy.ModelDom.BPMN_NS;
import static dev.actionloop.server.deploy.ModelDom.isCamunda;

import dev.actionloop.server.deploy.DeploymentRule;
import dev.actionloop.server.deploy.Finding;
import dev.actionloop.server.deploy.ModelDom;
import java.util.List;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * No scripts: script tasks, {@code camunda:script}, conditions with a script {@code language},
 * {@code scriptFormat} and {@code camunda:resource} script references. Scripts run in the server's
 * JVM and cannot be sandboxed.
 */
@Component
public class ScriptRule implements DeploymentRule {
  @Override
  public void check(Document model, List<Finding> findings) {
    ModelDom.forEachElement(
        model,
        element -> {
          String what = scriptConstruct(element);
          if (what != null) {
            findings.add(
                Finding.error(
                    "deploy/script",
                    ModelDom.elementId(element),
                    what + " runs a script on the server; scripts are refused."));
          }
        });
  }

  private static String scriptConstruct(Element element) {
    String namespace = element.getNamespaceURI();
    String name = element.getLocalName();
    if (BPMN_NS.equals(namespace) && "scriptTask".equals(name)) {
      return "The script task " + ModelDom.display(element);
    }
    if (isCamunda(namespace) && "script".equals(name)) {
      return "The element " + ModelDom.display(element);
    }
    if (element.hasAttribute("language")) {
      return "The "
          + ModelDom.display(element)
          + " with language=\""
          + element.getAttribute("language")
          + "\"";
    }
    if (element.hasAttribute("scriptFormat")) {
      return "The "
          + ModelDom.display(element)
          + " with scriptFormat=\""
          + element.getAttribute("scriptFormat")
          + "\"";
    }
    if (element.hasAttributeNS(ModelDom.CAMUNDA_NS, "resource")
        || element.hasAttributeNS(ModelDom.ACTIVITI_NS, "resource")) {
      return "The camunda:resource reference on " + ModelDom.display(element);
    }
    return null;
  }
}
