package dev.actionloop.model.validation;

import dev.actionloop.model.ActionLoopBpmn;
import dev.actionloop.model.impl.SafeXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads untrusted BPMN: bounded size, hardened XML (see {@link SafeXml}), BPMN 2.0 root checked,
 * then camunda-bpmn-model's own schema-validating read. Every failure is an {@link
 * UnreadableModelException} with a one-line reason, never a stack trace.
 */
public final class SafeModelReader {

  /** Larger files are refused before they are read. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  static {
    ActionLoopBpmn.install();
  }

  private SafeModelReader() {}

  /** Reads a file of at most {@code maxBytes}. */
  public static BpmnModelInstance read(Path file, long maxBytes) throws UnreadableModelException {
    try {
      if (!Files.isRegularFile(file)) {
        throw new UnreadableModelException(
            Files.exists(file) ? "not a regular file" : "no such file");
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new UnreadableModelException(
            "the file is " + size + " bytes; the limit is " + maxBytes + " bytes");
      }
      return read(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new UnreadableModelException("no such file");
    } catch (IOException e) {
      throw new UnreadableModelException("cannot read the file: " + e.getMessage());
    }
  }

  /** Reads a model from its bytes. */
  public static BpmnModelInstance read(byte[] xml) throws UnreadableModelException {
    // Only whitespace at the start of a tiny file counts as empty; decoding is not needed for that.
    if (xml.length == 0
        || xml.length <= 4096
            && new String(xml, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
      throw new UnreadableModelException("the file is empty");
    }
    Element root = parseSafely(xml);
    if (!BpmnModelConstants.BPMN20_NS.equals(root.getNamespaceURI())
        || !BpmnModelConstants.BPMN_ELEMENT_DEFINITIONS.equals(root.getLocalName())) {
      throw new UnreadableModelException(
          "not a BPMN 2.0 file: the root element is <"
              + root.getLocalName()
              + "> in namespace "
              + (root.getNamespaceURI() == null ? "(none)" : root.getNamespaceURI())
              + ", expected <definitions> in "
              + BpmnModelConstants.BPMN20_NS);
    }
    try {
      return Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
    } catch (RuntimeException e) {
      throw new UnreadableModelException("not valid BPMN 2.0: " + rootCause(e));
    }
  }

  private static Element parseSafely(byte[] xml) throws UnreadableModelException {
    try {
      return SafeXml.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    } catch (SAXParseException e) {
      if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
        throw new UnreadableModelException(
            "the file has a DOCTYPE declaration; DTDs and entities are not allowed in models");
      }
      String what =
          e.getMessage() != null && e.getMessage().contains("limit")
              ? "the XML exceeds a safety limit"
              : "not well-formed XML";
      throw new UnreadableModelException(
          what + " (line " + e.getLineNumber() + "): " + oneLine(e.getMessage()));
    } catch (SAXException | IOException e) {
      throw new UnreadableModelException("not well-formed XML: " + oneLine(e.getMessage()));
    }
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() != null ? cause.getMessage() : e.getMessage();
    if (cause instanceof SAXParseException parse) {
      return "line " + parse.getLineNumber() + ": " + oneLine(message);
    }
    return oneLine(message == null ? cause.getClass().getSimpleName() : message);
  }

  static String oneLine(String message) {
    if (message == null) {
      return "unknown reason";
    }
    String line =
        message
            .strip()
            .replaceAll("\\s*[\\r\\n]+\\s*", " ")
            .replaceFirst("^Error: URI=\\S* Line=(\\d+): ", "line $1: ");
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }
}
