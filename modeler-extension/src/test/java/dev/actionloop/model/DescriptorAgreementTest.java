package dev.actionloop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.xml.type.ModelElementType;
import org.camunda.bpm.model.xml.type.attribute.Attribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * loop.json (shared with the JS modeler) is the source of truth: the XSD and the Java model API
 * must declare exactly the same types, attributes and values.
 */
class DescriptorAgreementTest {

  private static JsonNode descriptor;
  private static Document xsd;

  /** The Java accessors for attributes on existing BPMN types, keyed by attribute name. */
  private static final Map<String, Accessor<Lane>> LANE_ATTRIBUTES =
      Map.of(
          "role",
          new Accessor<>(LoopLanes::role, (l, v) -> LoopLanes.setRole(l, LaneRole.of(v).get())),
          "party",
          new Accessor<>(LoopLanes::party, LoopLanes::setParty));

  private static final Map<String, Accessor<Task>> TASK_ATTRIBUTES =
      Map.of(
          "customerLane", new Accessor<>(LoopTasks::customerLane, LoopTasks::setCustomerLane),
          "promiseWithin", new Accessor<>(LoopTasks::promiseWithin, LoopTasks::setPromiseWithin),
          "acceptWithin", new Accessor<>(LoopTasks::acceptWithin, LoopTasks::setAcceptWithin));

  record Accessor<E>(Function<E, String> get, BiConsumer<E, String> set) {}

  @BeforeAll
  static void load() throws Exception {
    ActionLoopBpmn.install();
    try (InputStream in =
        LoopNamespace.class.getResourceAsStream(LoopNamespace.DESCRIPTOR_RESOURCE)) {
      descriptor = new ObjectMapper().readTree(in);
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (InputStream in = LoopNamespace.class.getResourceAsStream(LoopNamespace.XSD_RESOURCE)) {
      xsd = factory.newDocumentBuilder().parse(in);
    }
  }

  @Test
  void namespaceAndPrefixAgree() {
    assertThat(descriptor.get("uri").asText()).isEqualTo(LoopNamespace.NS);
    assertThat(descriptor.get("prefix").asText()).isEqualTo(LoopNamespace.PREFIX);
    assertThat(xsd.getDocumentElement().getAttribute("targetNamespace"))
        .isEqualTo(LoopNamespace.NS);
  }

  @Test
  void attributesOnBpmnTypesAgree() {
    Map<String, Set<String>> json = new HashMap<>();
    for (JsonNode type : descriptor.get("types")) {
      if (type.has("extends")) {
        for (JsonNode extended : type.get("extends")) {
          json.computeIfAbsent(extended.asText(), k -> new HashSet<>())
              .addAll(propertyNames(type, true));
        }
      }
    }

    assertThat(json.get("bpmn:Lane")).isEqualTo(LANE_ATTRIBUTES.keySet());
    assertThat(json.get("bpmn:Task")).isEqualTo(TASK_ATTRIBUTES.keySet());
    assertThat(json.keySet()).containsExactlyInAnyOrder("bpmn:Lane", "bpmn:Task");
    Set<String> all = new HashSet<>(json.get("bpmn:Lane"));
    all.addAll(json.get("bpmn:Task"));
    assertThat(children(xsd.getDocumentElement(), "attribute")).isEqualTo(all);
  }

  @Test
  void javaAccessorsWriteTheDescriptorsAttributes() {
    BpmnModelInstance model =
        LoopBuilder.annotate(Bpmn.createExecutableProcess("p").startEvent("s").userTask("t").done())
            .lane("L", "L", null, null, "t")
            .model();
    Lane lane = model.getModelElementById("L");
    Task task = model.getModelElementById("t");

    LANE_ATTRIBUTES.forEach((name, accessor) -> assertRoundTrip(lane, name, accessor, "customer"));
    TASK_ATTRIBUTES.forEach((name, accessor) -> assertRoundTrip(task, name, accessor, "P1D"));
  }

  private static <E extends org.camunda.bpm.model.xml.instance.ModelElementInstance>
      void assertRoundTrip(E element, String name, Accessor<E> accessor, String value) {
    accessor.set().accept(element, value);
    assertThat(element.getAttributeValueNs(LoopNamespace.NS, name)).as(name).isEqualTo(value);
    assertThat(accessor.get().apply(element)).as(name).isEqualTo(value);
  }

  @Test
  void elementTypesAgree() {
    for (JsonNode type : descriptor.get("types")) {
      if (type.has("extends")) {
        continue;
      }
      String name = type.get("name").asText();
      String element = tagName(name);
      ModelElementType javaType =
          Bpmn.INSTANCE.getBpmnModel().getTypeForName(LoopNamespace.NS, element);
      assertThat(javaType).as("Java type for %s", element).isNotNull();

      Set<String> jsonAttributes = propertyNames(type, true);
      assertThat(javaType.getAttributes().stream().map(Attribute::getAttributeName))
          .as("Java attributes of %s", element)
          .containsExactlyInAnyOrderElementsOf(jsonAttributes);
      Element complexType = namedChild(xsd.getDocumentElement(), "complexType", "t" + name);
      assertThat(children(complexType, "attribute"))
          .as("XSD attributes of %s", element)
          .isEqualTo(jsonAttributes);

      Set<String> jsonChildren = new HashSet<>();
      for (JsonNode property : type.get("properties")) {
        if (!property.path("isAttr").asBoolean()) {
          jsonChildren.add(tagName(property.get("type").asText()));
        }
      }
      assertThat(javaType.getChildElementTypes().stream().map(ModelElementType::getTypeName))
          .as("Java children of %s", element)
          .containsExactlyInAnyOrderElementsOf(jsonChildren);
      assertThat(children(complexType, "element"))
          .as("XSD children of %s", element)
          .isEqualTo(jsonChildren);
    }
    assertThat(children(xsd.getDocumentElement(), "element")).containsExactly("conditions");
  }

  @Test
  void defaultsAndEnumerationsAgree() {
    JsonNode required = property("Condition", "required");
    Element xsdRequired =
        namedChild(
            namedChild(xsd.getDocumentElement(), "complexType", "tCondition"),
            "attribute",
            "required");
    ModelElementType condition = Bpmn.INSTANCE.getBpmnModel().getType(LoopCondition.class);

    assertThat(required.get("default").asBoolean()).isTrue();
    assertThat(xsdRequired.getAttribute("default")).isEqualTo("true");
    assertThat(condition.getAttribute("required").getDefaultValue()).isEqualTo(Boolean.TRUE);

    Set<String> jsonRoles = new HashSet<>();
    descriptor
        .get("enumerations")
        .get(0)
        .get("literalValues")
        .forEach(v -> jsonRoles.add(v.get("name").asText()));
    Element roleType = namedChild(xsd.getDocumentElement(), "simpleType", "tLaneRole");
    assertThat(
            children(
                (Element)
                    roleType
                        .getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "restriction")
                        .item(0),
                "enumeration",
                "value"))
        .isEqualTo(jsonRoles);
    assertThat(Arrays.stream(LaneRole.values()).map(LaneRole::value))
        .containsExactlyInAnyOrderElementsOf(jsonRoles);
  }

  @Test
  void annotatedDocumentValidatesAgainstBpmnAndLoopSchemas() throws Exception {
    String xml = Bpmn.convertToString(LoopModelApiTest.read(LoopModelApiTest.fixture()));

    schema().newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void loopSchemaRefusesABadRoleAndAConditionWithoutText() throws Exception {
    String badRole =
        LoopModelApiTest.fixture().replace("loop:role=\"customer\"", "loop:role=\"boss\"");
    String noText = LoopModelApiTest.fixture().replace("text=\"Asset tag recorded\"", "");

    assertThatThrownBy(
            () -> schema().newValidator().validate(new StreamSource(new StringReader(badRole))))
        .isInstanceOf(SAXException.class)
        .hasMessageContaining("boss");
    assertThatThrownBy(
            () -> schema().newValidator().validate(new StreamSource(new StringReader(noText))))
        .isInstanceOf(SAXException.class)
        .hasMessageContaining("text");
  }

  private static Schema schema() throws SAXException {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
    return factory.newSchema(
        new StreamSource[] {
          new StreamSource(
              Bpmn.class
                  .getResource("/org/camunda/bpm/model/bpmn/schema/BPMN20.xsd")
                  .toExternalForm()),
          new StreamSource(
              LoopNamespace.class.getResource(LoopNamespace.XSD_RESOURCE).toExternalForm())
        });
  }

  private static JsonNode property(String type, String name) {
    for (JsonNode t : descriptor.get("types")) {
      if (t.get("name").asText().equals(type)) {
        for (JsonNode p : t.get("properties")) {
          if (p.get("name").asText().equals(name)) {
            return p;
          }
        }
      }
    }
    throw new AssertionError("no property " + type + "." + name + " in loop.json");
  }

  private static Set<String> propertyNames(JsonNode type, boolean attributes) {
    Set<String> names = new HashSet<>();
    for (JsonNode property : type.get("properties")) {
      if (property.path("isAttr").asBoolean() == attributes) {
        names.add(property.get("name").asText());
      }
    }
    return names;
  }

  /** moddle's tagAlias lowerCase: the first letter of the type name is lower-cased. */
  private static String tagName(String typeName) {
    return typeName.substring(0, 1).toLowerCase(Locale.ROOT) + typeName.substring(1);
  }

  /** Names declared in a complex type (at any depth), or directly under the schema root. */
  private static Set<String> children(Element parent, String xsdKind) {
    return children(parent, xsdKind, "name");
  }

  private static Set<String> children(Element parent, String xsdKind, String attribute) {
    boolean directOnly = parent == parent.getOwnerDocument().getDocumentElement();
    Set<String> names = new HashSet<>();
    NodeList nodes = parent.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, xsdKind);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      if (!directOnly || node.getParentNode() == parent) {
        names.add(node.getAttribute(attribute));
      }
    }
    return names;
  }

  private static Element namedChild(Element parent, String xsdKind, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, xsdKind);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      if (name.equals(node.getAttribute("name"))) {
        return node;
      }
    }
    throw new AssertionError("no xs:" + xsdKind + " named " + name + " in loop.xsd");
  }
}
