package dev.actionloop.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.instance.ChildLaneSet;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.junit.jupiter.api.Test;

/** Who the customer of a task is, as defined in docs/rules.md ("Terms"). */
class LoopModelTest {

  @Test
  void theOnlyCustomerLaneOfThePoolServesItsPerformerLanes() {
    BpmnModelInstance model =
        LoopBuilder.annotate(flow())
            .customerLane("Customer", "Customer", "user:ann", "start", "end")
            .performerLane("Team", "Team", "group:team", "work", "external", "manual")
            .model();
    LoopModel loop = LoopModel.of(model);

    assertThat(loop.customerLaneOf(task(model, "work")).map(Lane::getId)).contains("Customer");
    assertThat(loop.isGated(task(model, "work"))).isTrue();
    assertThat(loop.isGated(task(model, "external"))).isTrue();
    assertThat(loop.hasCustomer(task(model, "manual"))).isTrue();
    assertThat(loop.isGated(task(model, "manual"))).isFalse();
    assertThat(loop.tasks()).extracting(Task::getId).containsExactly("work", "external", "manual");
  }

  @Test
  void withTwoCustomerLanesOnlyANamedCustomerResolves() {
    BpmnModelInstance model =
        LoopBuilder.annotate(flow())
            .customerLane("Sales", "Sales", "group:sales", "start", "end")
            .customerLane("Lead", "Legal lead", "group:leads")
            .performerLane("Counsel", "Counsel", "group:counsel", "work", "external", "manual")
            .task("external")
            .customerLane("Lead")
            .done()
            .model();
    LoopModel loop = LoopModel.of(model);

    assertThat(loop.customerLaneOf(task(model, "work"))).isEmpty();
    assertThat(loop.customerLaneOf(task(model, "external")).map(Lane::getId)).contains("Lead");
    assertThat(loop.customerLanesBeside(model.getModelElementById("Counsel")))
        .extracting(Lane::getId)
        .containsExactly("Sales", "Lead");
  }

  @Test
  void nestedLanesInheritRoleAndPartyAndTheInnermostLaneHoldsTheTask() {
    BpmnModelInstance model =
        LoopBuilder.annotate(flow())
            .customerLane("Customer", "Customer", "user:ann", "start", "end")
            .performerLane("IT", "IT", "group:it", "work", "external", "manual")
            .model();
    Lane desk = childLane(model, "IT", "Desk", "work");
    Lane audit = childLane(model, "IT", "Audit", "manual");
    LoopLanes.setRole(audit, LaneRole.CUSTOMER);
    LoopModel loop = LoopModel.of(model);

    assertThat(loop.laneOf(task(model, "work"))).contains(desk);
    assertThat(loop.parentLane(desk).map(Lane::getId)).contains("IT");
    assertThat(loop.roleOf(desk)).contains(LaneRole.PERFORMER);
    assertThat(loop.partyOf(desk)).contains("group:it");
    assertThat(loop.roleOf(audit)).contains(LaneRole.CUSTOMER);
    assertThat(loop.hasCustomer(task(model, "manual"))).isFalse();
    assertThat(loop.customerLanesBeside(desk))
        .extracting(Lane::getId)
        .containsExactly("Customer", "Audit");
  }

  @Test
  void aTaskOutsideAnyLaneHasACustomerOnlyWhenItNamesOne() {
    BpmnModelInstance model =
        LoopBuilder.annotate(flow())
            .customerLane("Customer", "Customer", "user:ann", "start", "end")
            .task("work")
            .customerLane("Customer")
            .done()
            .model();
    LoopModel loop = LoopModel.of(model);

    assertThat(loop.laneOf(task(model, "work"))).isEmpty();
    assertThat(loop.hasCustomer(task(model, "work"))).isTrue();
    assertThat(loop.hasCustomer(task(model, "external"))).isFalse();
  }

  private static BpmnModelInstance flow() {
    return Bpmn.createExecutableProcess("p")
        .startEvent("start")
        .userTask("work")
        .serviceTask("external")
        .camundaExternalTask("topic")
        .manualTask("manual")
        .endEvent("end")
        .done();
  }

  private static Task task(BpmnModelInstance model, String id) {
    return model.getModelElementById(id);
  }

  private static Lane childLane(BpmnModelInstance model, String parentId, String id, String node) {
    Lane parent = model.getModelElementById(parentId);
    if (parent.getChildLaneSet() == null) {
      ChildLaneSet children = model.newInstance(ChildLaneSet.class);
      children.setId(parentId + "_children");
      parent.setChildLaneSet(children);
    }
    Lane lane = model.newInstance(Lane.class);
    lane.setId(id);
    parent.getChildLaneSet().getLanes().add(lane);
    lane.getFlowNodeRefs().add(model.getModelElementById(node));
    return lane;
  }
}
