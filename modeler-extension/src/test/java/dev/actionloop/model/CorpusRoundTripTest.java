package dev.actionloop.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionloop.model.validation.LoopValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Real models from real tools (the BPMN MIWG reference set) keep every element, attribute and
 * diagram shape when annotated through the API and written; the ActionLoop data reads back typed.
 * The "plain" comparison uses a generic DOM parse, because Bpmn.INSTANCE is our extended model.
 */
class CorpusRoundTripTest {

  private static final Path CORPUS = Path.of("src/test/resources/corpus/miwg-reference");

  static {
    // Models read before the installation stay untyped; this test reads with Bpmn directly.
    ActionLoopBpmn.install();
  }

  static Stream<Path> corpus() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(CORPUS)) {
      files = list.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(files).hasSize(21);
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void annotateWriteAndReread(Path file) throws Exception {
    byte[] original = Files.readAllBytes(file);
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(original));
    List<Lane> lanes = List.copyOf(model.getModelElementsByType(Lane.class));
    Task task = model.getModelElementsByType(Task.class).stream().findFirst().orElse(null);

    annotate(lanes, task);
    annotatedLanes += lanes.size();
    annotatedTasks += task == null ? 0 : 1;
    String written = Bpmn.convertToString(model);

    List<String> before = signatures(parse(original), false);
    List<String> after = signatures(parse(written.getBytes(StandardCharsets.UTF_8)), true);
    List<String> lost = new ArrayList<>(before);
    after.forEach(lost::remove);
    List<String> gained = new ArrayList<>(after);
    before.forEach(gained::remove);
    assertThat(lost).as("lost from %s (and gained instead: %s)", file, gained).isEmpty();
    assertThat(gained).as("gained in %s beyond the ActionLoop additions", file).isEmpty();
    assertTypedDataIntact(
        Bpmn.readModelFromStream(
            new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8))),
        lanes,
        task);
  }

  private static void annotate(List<Lane> lanes, Task task) {
    for (int i = 0; i < lanes.size(); i++) {
      LoopLanes.setRole(lanes.get(i), i == 0 ? LaneRole.CUSTOMER : LaneRole.PERFORMER);
      LoopLanes.setParty(lanes.get(i), "group:team-" + i);
    }
    if (task != null) {
      LoopTasks.setPromiseWithin(task, "P2D");
      LoopTasks.setAcceptWithin(task, "PT8H");
      LoopTasks.addCondition(task, "done", "The work is done");
      LoopTasks.addCondition(task, "checked", "A number is recorded").setCheck("${number != null}");
    }
  }

  private static void assertTypedDataIntact(BpmnModelInstance reread, List<Lane> lanes, Task task) {
    for (int i = 0; i < lanes.size(); i++) {
      Lane lane = reread.getModelElementById(lanes.get(i).getId());
      assertThat(LoopLanes.role(lane)).isEqualTo(i == 0 ? "customer" : "performer");
      assertThat(LoopLanes.party(lane)).isEqualTo("group:team-" + i);
    }
    if (task != null) {
      Task same = reread.getModelElementById(task.getId());
      assertThat(LoopTasks.promiseWithin(same)).isEqualTo("P2D");
      assertThat(LoopTasks.acceptWithin(same)).isEqualTo("PT8H");
      assertThat(LoopTasks.conditions(same))
          .extracting(LoopCondition::getId, LoopCondition::getText, LoopCondition::getCheck)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("done", "The work is done", null),
              org.assertj.core.groups.Tuple.tuple(
                  "checked", "A number is recorded", "${number != null}"));
    }
    // The validator copes with every real model (findings depend on the model, not checked here).
    LoopValidator.withDiscoveredRules().validate(reread);
  }

  /**
   * A generic DOM parse against the BPMN schema, so that attributes with schema defaults (which
   * camunda-bpmn-model writes out explicitly, e.g. {@code isClosed="false"}) look the same on both
   * sides. XXE-hardened like everything that parses files here.
   */
  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setSchema(bpmnSchema());
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(
        new org.xml.sax.helpers.DefaultHandler() {
          @Override
          public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
            throw e;
          }
        });
    return builder.parse(new ByteArrayInputStream(xml));
  }

  private static Schema bpmnSchema() throws Exception {
    if (bpmnSchema == null) {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
      bpmnSchema =
          factory.newSchema(
              Bpmn.class.getResource("/org/camunda/bpm/model/bpmn/schema/BPMN20.xsd"));
    }
    return bpmnSchema;
  }

  private static Schema bpmnSchema;
  private static int annotatedLanes;
  private static int annotatedTasks;

  @AfterAll
  static void theCorpusExercisedLanesAndTasks() {
    assertThat(annotatedLanes).as("lanes annotated across the corpus").isGreaterThan(10);
    assertThat(annotatedTasks).as("files with an annotated task").isGreaterThanOrEqualTo(18);
  }

  /**
   * One line per element: namespace, name, attributes (namespace, name, value; xmlns declarations
   * left out, prefixes may change) and its own trimmed text. Sorted, so that it compares as a
   * multiset. With {@code dropAdditions}, the loop namespace and an extensionElements holding only
   * loop elements are left out.
   */
  private static List<String> signatures(Document document, boolean dropAdditions) {
    List<String> lines = new ArrayList<>();
    collect(document.getDocumentElement(), dropAdditions, lines);
    Collections.sort(lines);
    return lines;
  }

  private static void collect(Element element, boolean dropAdditions, List<String> lines) {
    if (dropAdditions
        && (LoopNamespace.NS.equals(element.getNamespaceURI()) || onlyLoopExtensions(element))) {
      return;
    }
    StringBuilder line =
        new StringBuilder("{" + element.getNamespaceURI() + "}" + element.getLocalName());
    NamedNodeMap attributes = element.getAttributes();
    List<String> attributeTexts = new ArrayList<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      boolean declaration = "http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI());
      boolean addition = dropAdditions && LoopNamespace.NS.equals(attribute.getNamespaceURI());
      if (!declaration && !addition) {
        attributeTexts.add(
            "{"
                + attribute.getNamespaceURI()
                + "}"
                + attribute.getLocalName()
                + "="
                + attribute.getValue());
      }
    }
    Collections.sort(attributeTexts);
    line.append(attributeTexts);
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      } else if (child instanceof Element childElement) {
        collect(childElement, dropAdditions, lines);
      }
    }
    lines.add(line.append(" '").append(text.toString().strip()).append("'").toString());
  }

  private static boolean onlyLoopExtensions(Element element) {
    if (!BpmnModelConstants.BPMN20_NS.equals(element.getNamespaceURI())
        || !"extensionElements".equals(element.getLocalName())) {
      return false;
    }
    boolean any = false;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        if (!LoopNamespace.NS.equals(childElement.getNamespaceURI())) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }
}
