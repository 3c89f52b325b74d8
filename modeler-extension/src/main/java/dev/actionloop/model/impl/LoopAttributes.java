package dev.actionloop.model.impl;

import static dev.actionloop.model.LoopNamespace.NS;
import static dev.actionloop.model.LoopNamespace.PREFIX;

import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Namespaced {@code loop:*} attributes on existing BPMN types. camunda-bpmn-model cannot add
 * attributes to its already-built BPMN types, so these go through the element's DOM.
 */
public final class LoopAttributes {

  private LoopAttributes() {}

  /** The attribute's value, or {@code null} when absent. */
  public static String get(ModelElementInstance element, String name) {
    return element.getAttributeValueNs(NS, name);
  }

  /** Sets the attribute, or removes it for {@code null}; declares the {@code loop} prefix. */
  public static void set(ModelElementInstance element, String name, String value) {
    if (value == null) {
      element.removeAttributeNs(NS, name);
      return;
    }
    declarePrefix(element.getModelInstance());
    element.setAttributeValueNs(NS, name, value);
  }

  /**
   * Declares {@code xmlns:loop} on the document root, so that written files use the conventional
   * prefix rather than a generated {@code ns0}.
   */
  public static void declarePrefix(ModelInstance model) {
    DomElement root = model.getDocument().getRootElement();
    if (root != null && root.lookupPrefix(NS) == null) {
      root.registerNamespace(PREFIX, NS);
    }
  }
}
