package dev.actionloop.server.deploy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Walking a model's DOM: every element, and the BPMN id to report a finding on. */
public final class ModelDom {
  public static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  public static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  /** The engine still reads the Activiti namespace as Camunda's. */
  public static final String ACTIVITI_NS = "http://activiti.org/bpmn";

  private ModelDom() {}

  public static boolean isCamunda(String namespace) {
    return CAMUNDA_NS.equals(namespace) || ACTIVITI_NS.equals(namespace);
  }

  /** Every element of the document, depth first, without recursion (deep models are allowed). */
  public static void forEachElement(Document document, Consumer<Element> action) {
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(document.getDocumentElement());
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof Element element) {
        action.accept(element);
        for (Node child = node.getLastChild(); child != null; child = child.getPreviousSibling()) {
          if (child instanceof Element) {
            pending.push(child);
          }
        }
      }
    }
  }

  /** The id of the element or of its nearest ancestor that has one. */
  public static String elementId(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (e.hasAttribute("id")) {
        return e.getAttribute("id");
      }
    }
    return null;
  }

  /** The element's name as written in the file, e.g. {@code camunda:taskListener}. */
  public static String display(Element element) {
    return element.getTagName();
  }

  /** The element's own text (not its children's), trimmed. */
  public static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString().trim();
  }
}
