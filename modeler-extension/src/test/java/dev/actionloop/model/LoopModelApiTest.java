package dev.actionloop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actionloop.model.validation.LoopValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

class LoopModelApiTest {

  static {
    ActionLoopBpmn.install();
  }

  @Test
  void installIsIdempotent() {
    Bpmn before = Bpmn.INSTANCE;

    ActionLoopBpmn.install();

    assertThat(Bpmn.INSTANCE).isSameAs(before).isInstanceOf(ActionLoopBpmn.class);
  }

  @Test
  void bpmnReadReturnsTypedConditions() {
    BpmnModelInstance model = read(fixture());

    assertThat(model.getModelElementsByType(LoopCondition.class)).hasSize(3);
    UserTask task = model.getModelElementById("Provision");
    assertThat(LoopTasks.conditions(task))
        .extracting(LoopCondition::getId, LoopCondition::isRequired, LoopCondition::getCheck)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("image", true, null),
            org.assertj.core.groups.Tuple.tuple("tag", true, "${assetTag != null}"),
            org.assertj.core.groups.Tuple.tuple("early", false, null));
    assertThat(LoopTasks.customerLane(task)).isEqualTo("Lane_Requester");
    assertThat(LoopTasks.promiseWithin(task)).isEqualTo("P2D");
    assertThat(LoopTasks.acceptWithin(task)).isEqualTo("P3D");
  }

  @Test
  void lanesAndCustomersResolve() {
    BpmnModelInstance model = read(fixture());
    LoopModel loop = LoopModel.of(model);
    Lane requester = model.getModelElementById("Lane_Requester");
    Task task = model.getModelElementById("Provision");

    assertThat(LoopLanes.role(requester)).isEqualTo("customer");
    assertThat(LoopLanes.party(requester)).isEqualTo("${initiator}");
    assertThat(loop.laneOf(task).map(Lane::getId)).contains("Lane_IT");
    assertThat(loop.customerLaneOf(task)).contains(requester);
    assertThat(loop.isGated(task)).isTrue();
    assertThat(Parties.entries(loop.partyOf(loop.laneOf(task).orElseThrow()).orElseThrow()))
        .containsExactly(
            new PartyEntry(PartyEntry.Kind.GROUP, "it-desk"),
            new PartyEntry(PartyEntry.Kind.USER, "mia"));
  }

  @Test
  void builderAnnotatesAFluentModelThatValidatesCleanAndWritesTheLoopPrefix() {
    BpmnModelInstance model =
        LoopBuilder.annotate(
                Bpmn.createExecutableProcess("hire")
                    .camundaHistoryTimeToLive(30)
                    .startEvent("start")
                    .userTask("provision")
                    .name("Provision laptop")
                    .endEvent("end")
                    .done())
            .customerLane("Lane_Requester", "Requester", "${initiator}", "start", "end")
            .performerLane("Lane_IT", "IT desk", "group:it-desk", "provision")
            .task("provision")
            .promiseWithin("P2D")
            .acceptWithin("P3D")
            .condition("image", "Laptop has the company image")
            .condition("tag", "Asset tag recorded", "${assetTag != null}")
            .optionalCondition("early", "Handed over before the start date")
            .done()
            .model();

    String xml = Bpmn.convertToString(model);

    assertThat(xml)
        .contains("xmlns:loop=\"" + LoopNamespace.NS + "\"")
        .contains("loop:role=\"customer\"")
        .contains("<loop:condition check=\"${assetTag != null}\" id=\"tag\"")
        .doesNotContain("ns0:");
    BpmnModelInstance reread = read(xml);
    assertThat(LoopValidator.withDiscoveredRules().validate(reread)).isEmpty();
    assertThat(LoopTasks.conditions(reread.getModelElementById("provision"))).hasSize(3);
  }

  @Test
  void builderRefusesUnknownElements() {
    LoopBuilder builder =
        LoopBuilder.annotate(Bpmn.createExecutableProcess("p").startEvent("s").done());

    assertThatThrownBy(() -> builder.task("s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No Task with id 's'");
    assertThatThrownBy(() -> builder.customerLane("L", "L", "user:a", "missing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No FlowNode with id 'missing'");
  }

  @Test
  void settingNullRemovesAnAttribute() {
    BpmnModelInstance model = read(fixture());
    UserTask task = model.getModelElementById("Provision");

    LoopTasks.setAcceptWithin(task, null);
    LoopTasks.conditions(task).get(1).setCheck(null);

    assertThat(Bpmn.convertToString(model)).doesNotContain("acceptWithin").doesNotContain("check=");
  }

  @Test
  void otherVendorsElementsAndAttributesSurviveReadAndWrite() {
    BpmnModelInstance model = read(fixture());

    String written = Bpmn.convertToString(read(Bpmn.convertToString(model)));

    assertThat(written)
        .contains("xmlns:acme=\"http://acme.example/bpmn\"")
        .contains("acme:cost=\"12\"")
        .contains("<acme:budget currency=\"EUR\">")
        .contains("<acme:line amount=\"800\">laptop</acme:line>")
        .contains("camunda:candidateGroups=\"it-desk\"");
  }

  static BpmnModelInstance read(String xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static String fixture() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            xmlns:loop="http://actionloop.dev/schema/bpmn/1.0"
            xmlns:acme="http://acme.example/bpmn"
            id="Defs" targetNamespace="http://example.org">
          <bpmn:process id="Hire" isExecutable="true" camunda:historyTimeToLive="30">
            <bpmn:laneSet id="LaneSet_1">
              <bpmn:lane id="Lane_Requester" name="Requester"
                  loop:role="customer" loop:party="${initiator}">
                <bpmn:flowNodeRef>Start</bpmn:flowNodeRef>
                <bpmn:flowNodeRef>End</bpmn:flowNodeRef>
              </bpmn:lane>
              <bpmn:lane id="Lane_IT" name="IT desk"
                  loop:role="performer" loop:party="group:it-desk, user:mia">
                <bpmn:flowNodeRef>Provision</bpmn:flowNodeRef>
              </bpmn:lane>
            </bpmn:laneSet>
            <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:userTask id="Provision" name="Provision laptop" acme:cost="12"
                camunda:candidateGroups="it-desk" loop:customerLane="Lane_Requester"
                loop:promiseWithin="P2D" loop:acceptWithin="P3D">
              <bpmn:extensionElements>
                <acme:budget currency="EUR"><acme:line amount="800">laptop</acme:line></acme:budget>
                <loop:conditions>
                  <loop:condition id="image" text="Laptop has the company image"/>
                  <loop:condition id="tag" text="Asset tag recorded" check="${assetTag != null}"/>
                  <loop:condition id="early" text="Handed over early" required="false"/>
                </loop:conditions>
              </bpmn:extensionElements>
              <bpmn:incoming>F1</bpmn:incoming>
              <bpmn:outgoing>F2</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Provision"/>
            <bpmn:sequenceFlow id="F2" sourceRef="Provision" targetRef="End"/>
          </bpmn:process>
        </bpmn:definitions>
        """;
  }
}
