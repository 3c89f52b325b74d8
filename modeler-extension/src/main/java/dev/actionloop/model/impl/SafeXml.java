package dev.actionloop.model.impl;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * A DOM parser for untrusted XML: no DOCTYPE (so no entities, no billion laughs, no external DTD),
 * no XInclude, no external access, bounded depth, and errors thrown rather than printed.
 */
public final class SafeXml {

  /** Deeper documents are refused; real BPMN is a few dozen levels deep. */
  public static final int MAX_ELEMENT_DEPTH = 1000;

  private SafeXml() {}

  public static DocumentBuilder newDocumentBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(THROWING);
      return builder;
    } catch (ParserConfigurationException | IllegalArgumentException e) {
      throw new IllegalStateException("The JDK's XML parser lacks a required safety setting", e);
    }
  }

  // The default handler prints "[Fatal Error] ..." to stderr before throwing.
  private static final ErrorHandler THROWING =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXParseException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
          throw e;
        }
      };
}
