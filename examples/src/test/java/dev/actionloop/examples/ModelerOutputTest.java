package dev.actionloop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.actionloop.model.LaneRole;
import dev.actionloop.model.LoopCondition;
import dev.actionloop.model.LoopLanes;
import dev.actionloop.model.LoopModel;
import dev.actionloop.model.LoopTasks;
import dev.actionloop.model.validation.LoopValidator;
import dev.actionloop.model.validation.SafeModelReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The other half of the modeler's browser test {@code annotate} (modeler-extension, {@code npm
 * test}): it edits {@code plain.bpmn} only through the properties panel's DOM and saves {@code
 * modeler-extension/target/js-test-output/annotated.bpmn}. Read here with the Java API, that file
 * must carry exactly the annotations made in the browser, keep everything {@code plain.bpmn} had,
 * and validate clean. The examples module is built after modeler-extension, so in a full {@code mvn
 * verify} the file is fresh.
 */
class ModelerOutputTest {

  static final Path MODELER = Path.of("..", "modeler-extension");
  static final Path PLAIN = MODELER.resolve("js/test/fixtures/diagrams/plain.bpmn");
  static final Path ANNOTATED = MODELER.resolve("target/js-test-output/annotated.bpmn");

  /** What the browser test did through the panel, as {@link XmlOutline#loopData} spells it. */
  static final List<String> EXPECTED_LOOP_DATA =
      List.of(
          "Lane_Requester@party=${initiator}",
          "Lane_Requester@role=customer",
          "Lane_IT@party=group:it-desk",
          "Lane_IT@role=performer",
          "Provision@acceptWithin=P3D",
          "Provision@customerLane=Lane_Requester",
          "Provision@promiseWithin=P2D",
          "Provision/conditions[]",
          "Provision/condition[id=image, text=Laptop has the company image]",
          "Provision/condition[id=early, required=false, text=Handed over before the start date]",
          "Provision/condition[check=${assetTag != null}, id=tag, text=Asset tag recorded]");

  static byte[] plain;
  static byte[] annotated;

  @BeforeAll
  static void readFiles() throws Exception {
    plain = Files.readAllBytes(PLAIN);
    annotated = Files.isRegularFile(ANNOTATED) ? Files.readAllBytes(ANNOTATED) : null;
  }

  /**
   * Per test, so that every test shows up as skipped, with the reason, when the file is missing.
   */
  @BeforeEach
  void needsTheModelersOutput() {
    assumeTrue(
        annotated != null,
        () ->
            ANNOTATED.toAbsolutePath().normalize()
                + " is missing: the modeler's JS browser tests did not run in modeler-extension"
                + " (built with -Dskip.npm or -DskipTests, or not part of this build)");
  }

  @Test
  void theLanesCarryTheRolesAndPartiesSetInThePanel() throws Exception {
    BpmnModelInstance model = SafeModelReader.read(annotated);
    LoopModel loop = LoopModel.of(model);
    Lane requester = model.getModelElementById("Lane_Requester");
    Lane it = model.getModelElementById("Lane_IT");

    assertThat(LoopLanes.role(requester)).isEqualTo("customer");
    assertThat(LoopLanes.party(requester)).isEqualTo("${initiator}");
    assertThat(LoopLanes.role(it)).isEqualTo("performer");
    assertThat(LoopLanes.party(it)).isEqualTo("group:it-desk");
    assertThat(loop.lanes()).extracting(Lane::getId).containsExactly("Lane_Requester", "Lane_IT");
    assertThat(loop.roleOf(requester)).contains(LaneRole.CUSTOMER);
    assertThat(loop.roleOf(it)).contains(LaneRole.PERFORMER);
  }

  @Test
  void theTaskCarriesItsCustomerDeadlinesAndConditionsInPanelOrder() throws Exception {
    BpmnModelInstance model = SafeModelReader.read(annotated);
    LoopModel loop = LoopModel.of(model);
    UserTask provision = model.getModelElementById("Provision");

    assertThat(LoopTasks.customerLane(provision)).isEqualTo("Lane_Requester");
    assertThat(LoopTasks.promiseWithin(provision)).isEqualTo("P2D");
    assertThat(LoopTasks.acceptWithin(provision)).isEqualTo("P3D");
    assertThat(LoopTasks.conditions(provision))
        .extracting(
            LoopCondition::getId,
            LoopCondition::getText,
            LoopCondition::isRequired,
            LoopCondition::getCheck)
        .containsExactly(
            tuple("image", "Laptop has the company image", true, null),
            tuple("early", "Handed over before the start date", false, null),
            tuple("tag", "Asset tag recorded", true, "${assetTag != null}"));
    assertThat(loop.customerLaneOf(provision)).map(Lane::getId).contains("Lane_Requester");
    assertThat(loop.laneOf(provision)).map(Lane::getId).contains("Lane_IT");
    assertThat(loop.isGated(provision)).isTrue();
    // the only task, and nothing else was annotated as one
    assertThat(loop.tasks()).extracting(Task::getId).containsExactly("Provision");
  }

  @Test
  void exactlyTheseAnnotationsNoMoreNoFewer() throws Exception {
    assertThat(XmlOutline.loopData(XmlOutline.parse(plain))).isEmpty();
    assertThat(XmlOutline.loopData(XmlOutline.parse(annotated)))
        .containsExactlyElementsOf(EXPECTED_LOOP_DATA);
  }

  @Test
  void nothingOfThePlainDiagramWasLostOrChanged() throws Exception {
    List<String> before = XmlOutline.lines(XmlOutline.parse(plain), false);
    List<String> after = XmlOutline.lines(XmlOutline.parse(annotated), true);

    assertThat(lost(before, after))
        .as("lost or changed; gained instead: %s", lost(after, before))
        .isEmpty();
    assertThat(lost(after, before)).as("gained beyond the ActionLoop annotations").isEmpty();
  }

  @Test
  void foreignCamundaAndDocumentationSurviveOnTheTask() throws Exception {
    BpmnModelInstance model = SafeModelReader.read(annotated);
    UserTask provision = model.getModelElementById("Provision");

    assertThat(provision.getCamundaCandidateGroups()).isEqualTo("it-desk");
    assertThat(provision.getAttributeValueNs("http://other.example/schema", "keep"))
        .isEqualTo("me");
    assertThat(provision.getDocumentations())
        .extracting(Documentation::getTextContent)
        .containsExactly("Image, tag and hand over the laptop.");
  }

  @Test
  void everyDiagramShapeAndEdgeIsKeptWhereItWas() throws Exception {
    BpmnModelInstance before = SafeModelReader.read(plain);
    BpmnModelInstance after = SafeModelReader.read(annotated);

    assertThat(shapes(after)).isEqualTo(shapes(before)).hasSize(6);
    assertThat(edges(after)).isEqualTo(edges(before)).hasSize(2);
  }

  @Test
  void theValidatorFindsNothing() throws Exception {
    BpmnModelInstance model = SafeModelReader.read(annotated);

    assertThat(LoopValidator.withDiscoveredRules().validate(model)).isEmpty();
  }

  // The comparisons above can fail: they catch what a broken save would do to the file.

  @Test
  void catchesADroppedForeignAttribute() throws Exception {
    byte[] damaged = replace(annotated, " other:keep=\"me\"", "");

    assertThat(lost(lines(plain, false), lines(damaged, true)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("userTask#Provision")
        .contains("{http://other.example/schema}keep=me");
  }

  @Test
  void catchesAMovedShape() throws Exception {
    byte[] damaged =
        replace(annotated, "<dc:Bounds x=\"400\" y=\"260\"", "<dc:Bounds x=\"401\" y=\"260\"");

    assertThat(lost(lines(plain, false), lines(damaged, true)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("BPMNShape#Provision_di/Bounds")
        .contains("x=400");
    assertThat(shapes(SafeModelReader.read(damaged)))
        .isNotEqualTo(shapes(SafeModelReader.read(plain)));
  }

  @Test
  void catchesAChangedDocumentation() throws Exception {
    byte[] damaged = replace(annotated, "hand over the laptop.", "hand over the laptop");

    assertThat(lost(lines(plain, false), lines(damaged, true)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("documentation");
  }

  @Test
  void catchesAnExtraOrMissingAnnotation() throws Exception {
    byte[] extra =
        replace(
            annotated, "name=\"Laptop needed\"", "name=\"Laptop needed\" loop:role=\"customer\"");
    byte[] missing = replace(annotated, " required=\"false\"", "");

    assertThat(XmlOutline.loopData(XmlOutline.parse(extra)))
        .contains("Start@role=customer")
        .hasSize(EXPECTED_LOOP_DATA.size() + 1);
    assertThat(XmlOutline.loopData(XmlOutline.parse(missing)))
        .isNotEqualTo(EXPECTED_LOOP_DATA)
        .hasSameSizeAs(EXPECTED_LOOP_DATA);
  }

  @Test
  void catchesAnAddedForeignElement() throws Exception {
    byte[] damaged =
        replace(
            annotated,
            "<loop:conditions>",
            "<other:note xmlns:other=\"http://other.example/schema\">x</other:note><loop:conditions>");

    assertThat(lost(lines(damaged, true), lines(plain, false)))
        .anySatisfy(line -> assertThat(line).contains("{http://other.example/schema}"));
  }

  private static List<String> lines(byte[] xml, boolean withoutLoop) throws Exception {
    return XmlOutline.lines(XmlOutline.parse(xml), withoutLoop);
  }

  /** What {@code from} has that {@code to} does not (as multisets). */
  static List<String> lost(List<String> from, List<String> to) {
    List<String> lost = new ArrayList<>(from);
    to.forEach(lost::remove);
    return lost;
  }

  private static byte[] replace(byte[] xml, String target, String replacement) {
    String text = new String(xml, StandardCharsets.UTF_8);
    assertThat(text).contains(target);
    return text.replace(target, replacement).getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, String> shapes(BpmnModelInstance model) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .collect(
            Collectors.toMap(
                s -> s.getBpmnElement().getId(),
                s ->
                    bounds(s.getBounds())
                        + (s.getBpmnLabel() == null
                            ? ""
                            : " label " + bounds(s.getBpmnLabel().getBounds()))));
  }

  private static Map<String, String> edges(BpmnModelInstance model) {
    Function<BpmnEdge, String> waypoints =
        e ->
            e.getWaypoints().stream()
                .map((Waypoint w) -> w.getX() + "," + w.getY())
                .collect(Collectors.joining(" "));
    return model.getModelElementsByType(BpmnEdge.class).stream()
        .collect(Collectors.toMap(e -> e.getBpmnElement().getId(), waypoints));
  }

  private static String bounds(Bounds b) {
    return b == null
        ? "none"
        : b.getX() + "," + b.getY() + " " + b.getWidth() + "x" + b.getHeight();
  }
}
