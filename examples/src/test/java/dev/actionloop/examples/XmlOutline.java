package dev.actionloop.examples;

import dev.actionloop.model.LoopNamespace;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A plain DOM view of a BPMN file for comparing two versions of it, independent of any BPMN
 * library: every element as one line with its place in the tree (ancestors by local name and id),
 * its attributes (namespace, name, value; namespace declarations left out, since prefixes may
 * change) and its own trimmed text.
 */
final class XmlOutline {

  private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

  private XmlOutline() {}

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  /**
   * Sorted element lines. With {@code withoutLoop}, attributes and elements of the ActionLoop
   * namespace are left out, and so is an {@code extensionElements} that holds nothing else.
   */
  static List<String> lines(Document document, boolean withoutLoop) {
    List<String> lines = new ArrayList<>();
    collect(document.getDocumentElement(), "", withoutLoop, lines);
    Collections.sort(lines);
    return lines;
  }

  /**
   * Every piece of ActionLoop data in the document, in document order: {@code <owner
   * id>@<attribute>=<value>} for attributes, {@code <owner id>/<element>[<attributes>]} for
   * elements ({@code owner id} is the nearest ancestor's id).
   */
  static List<String> loopData(Document document) {
    List<String> data = new ArrayList<>();
    collectLoop(document.getDocumentElement(), null, data);
    return data;
  }

  private static void collect(
      Element element, String parentPath, boolean withoutLoop, List<String> lines) {
    if (withoutLoop && (isLoop(element) || onlyLoopExtensions(element))) {
      return;
    }
    String path = parentPath + "/" + element.getLocalName() + idSuffix(element);
    List<String> attributes = new ArrayList<>();
    NamedNodeMap map = element.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      Attr attribute = (Attr) map.item(i);
      if (XMLNS_NS.equals(attribute.getNamespaceURI())
          || (withoutLoop && LoopNamespace.NS.equals(attribute.getNamespaceURI()))) {
        continue;
      }
      attributes.add(
          "{"
              + attribute.getNamespaceURI()
              + "}"
              + attribute.getLocalName()
              + "="
              + attribute.getValue());
    }
    Collections.sort(attributes);
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      } else if (child instanceof Element childElement) {
        collect(childElement, path, withoutLoop, lines);
      }
    }
    lines.add(
        "{"
            + element.getNamespaceURI()
            + "}"
            + path
            + attributes
            + " '"
            + text.toString().strip()
            + "'");
  }

  private static void collectLoop(Element element, String ownerId, List<String> data) {
    String id = element.hasAttribute("id") ? element.getAttribute("id") : ownerId;
    if (isLoop(element)) {
      List<String> attributes = new ArrayList<>();
      NamedNodeMap map = element.getAttributes();
      for (int i = 0; i < map.getLength(); i++) {
        Attr attribute = (Attr) map.item(i);
        if (!XMLNS_NS.equals(attribute.getNamespaceURI())) {
          attributes.add(attribute.getName() + "=" + attribute.getValue());
        }
      }
      Collections.sort(attributes);
      data.add(ownerId + "/" + element.getLocalName() + attributes);
    } else {
      NamedNodeMap map = element.getAttributes();
      List<String> attributes = new ArrayList<>();
      for (int i = 0; i < map.getLength(); i++) {
        Attr attribute = (Attr) map.item(i);
        if (LoopNamespace.NS.equals(attribute.getNamespaceURI())) {
          attributes.add(id + "@" + attribute.getLocalName() + "=" + attribute.getValue());
        }
      }
      Collections.sort(attributes);
      data.addAll(attributes);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        collectLoop(childElement, isLoop(element) ? ownerId : id, data);
      }
    }
  }

  private static String idSuffix(Element element) {
    return element.hasAttribute("id") ? "#" + element.getAttribute("id") : "";
  }

  private static boolean isLoop(Element element) {
    return LoopNamespace.NS.equals(element.getNamespaceURI());
  }

  private static boolean onlyLoopExtensions(Element element) {
    if (!BPMN_NS.equals(element.getNamespaceURI())
        || !"extensionElements".equals(element.getLocalName())) {
      return false;
    }
    boolean any = false;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        if (!isLoop(childElement)) {
          return false;
        }
        any = true;
      } else if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
        return false;
      }
    }
    return any;
  }
}
