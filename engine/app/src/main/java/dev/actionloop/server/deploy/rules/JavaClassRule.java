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

/** No Java class references ({@code camunda:class}, {@code camunda:variableMappingClass}, ...). */
@Component
public class JavaClassRule implements DeploymentRule {
  @Override
  public void check(Document model, List<Finding> findings) {
    ModelDom.forEachElement(
        model,
        element -> {
          NamedNodeMap attributes = element.getAttributes();
          for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName();
            if (isCamunda(attribute.getNamespaceURI())
                && name != null
                && (name.equals("class") || name.endsWith("Class"))) {
              findings.add(
                  Finding.error(
                      "deploy/java-class",
                      ModelDom.elementId(element),
                      attribute.getName()
                          + "=\""
                          + attribute.getValue()
                          + "\" on "
                          + ModelDom.display(element)
                          + " would run Java code on the server; only trusted deployers may"
                          + " reference classes."));
            }
          }
        });
  }
}
