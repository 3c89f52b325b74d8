package dev.actionloop.examples;

import static dev.actionloop.assertions.LoopAssertions.assertThat;
import static dev.actionloop.assertions.LoopAssertions.assertThatActs;
import static dev.actionloop.assertions.LoopAssertions.loop;
import static dev.actionloop.assertions.LoopAssertions.loopsOf;
import static dev.actionloop.engine.ActType.ACCEPT;
import static dev.actionloop.engine.ActType.DECLARE;
import static dev.actionloop.engine.ActType.PROMISE;
import static dev.actionloop.engine.ActType.REQUEST;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actionloop.engine.Act;
import dev.actionloop.engine.ActType;
import dev.actionloop.engine.LoopForbiddenException;
import dev.actionloop.engine.LoopInvalidActException;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code purchase-requisition.bpmn} end to end: Erin asks for goods; Finance (Fiona) checks the
 * budget, and her declare is held back by the machine-checked conditions until the decision and the
 * cost centre are recorded; Procurement (Paul) places the order, held back while the total exceeds
 * the approved amount; Erin accepts both. A second run takes the "no budget" branch.
 */
class PurchaseRequisitionRunTest extends ExampleEngine {

  private static final String KEY = "purchaseRequisition";

  @BeforeAll
  static void deploy() {
    startEngine("purchase-requisition.bpmn");
    person("erin", "staff");
    person("carl", "staff");
    person("fiona", "finance");
    person("paul", "procurement");
  }

  @Test
  void budgetCheckedOrderPlacedAndBothAcceptedByTheRequester() {
    ProcessInstance pi = startAs("erin", KEY);
    String check = task(pi, "Task_CheckBudget");
    assertThat(loop(check)).isRequested().awaitsPromiseBy("fiona");

    // Procurement is not the performer of the budget check
    as("paul");
    assertThatThrownBy(() -> loops.promise(check, null, "I can do that"))
        .isInstanceOf(LoopForbiddenException.class);
    assertThat(loop(check)).isRequested();

    as("fiona");
    loops.promise(check, null, "today");
    assertThat(loop(check)).isPromised().isPromisedBy("fiona");

    // declare is refused while the machine checks are false, naming the failing conditions
    Map<String, Boolean> checked = Map.of("checked", true);
    assertThatThrownBy(() -> loops.declare(check, checked, "done"))
        .isInstanceOf(LoopInvalidActException.class)
        .hasMessageContaining("decision")
        .hasMessageContaining("costCentre");
    assertThat(loop(check)).isPromised();
    tasks.setVariable(check, "costCentre", "CC-4711");
    assertThatThrownBy(() -> loops.declare(check, checked, "done"))
        .isInstanceOf(LoopInvalidActException.class)
        .hasMessageContaining("decision")
        .hasMessageNotContaining("costCentre");
    assertThat(loop(check)).isPromised();
    assertThatActs(pi).hasCount(DECLARE, 0);

    tasks.setVariable(check, "budgetAvailable", true);
    loops.declare(check, checked, "CC-4711 has 12k left");
    assertThat(loop(check)).isDeclared().awaitsAcceptanceBy("erin");

    // only the requester accepts: not the performer, not another employee
    assertThatThrownBy(() -> loops.accept(check, Map.of("checked", true), "fine"))
        .isInstanceOf(LoopForbiddenException.class);
    as("carl");
    assertThatThrownBy(() -> loops.accept(check, Map.of("checked", true), "fine"))
        .isInstanceOf(LoopForbiddenException.class);
    assertThat(loop(check)).isDeclared();

    as("erin");
    loops.accept(
        check, Map.of("checked", true, "decision", true, "costCentre", true), "thanks, Fiona");
    assertThat(loop(check)).thenAccepted().wasAcceptedBy("erin").wasNeverRejected();
    Assertions.assertThat(waitingAt(pi)).containsExactly("Task_PlaceOrder");

    String order = task(pi, "Task_PlaceOrder");
    as("paul");
    loops.promise(order, null, "ordering from Contoso");
    tasks.setVariable(order, "poNumber", "PO-2026-0042");
    tasks.setVariable(order, "approvedAmount", 1000);
    tasks.setVariable(order, "orderTotal", 1180);
    Map<String, Boolean> paulsCheck = Map.of("supplier", true, "po", true);
    assertThatThrownBy(() -> loops.declare(order, paulsCheck, "ordered"))
        .isInstanceOf(LoopInvalidActException.class)
        .hasMessageContaining("price");
    assertThat(loop(order)).isPromised();

    tasks.setVariable(order, "orderTotal", 960);
    loops.declare(order, paulsCheck, "PO-2026-0042, 960 EUR");
    assertThat(loop(order)).isDeclared().awaitsAcceptanceBy("erin");

    // a required condition left unconfirmed is refused; the optional delivery date is not needed
    as("erin");
    assertThatThrownBy(
            () -> loops.accept(order, Map.of("supplier", true, "po", true), "where is the price?"))
        .isInstanceOf(LoopInvalidActException.class)
        .hasMessageContaining("price");
    assertThat(loop(order)).isDeclared();
    loops.accept(order, Map.of("supplier", true, "po", true, "price", true), "thanks, Paul");

    assertThat(loop(order))
        .thenAccepted()
        .wasAcceptedBy("erin")
        .hasCondition("price")
        .confirmed()
        .and()
        .hasCondition("delivery")
        .isOptional();
    Assertions.assertThat(ended(pi)).isTrue();
    Assertions.assertThat(endEventsReached(pi)).containsExactly("EndEvent_Ordered");
    assertThat(loopsOf(pi)).allAccepted().hasNoOpenLoops();
    assertThatActs(pi)
        .containsExactlyTypes(REQUEST, PROMISE, DECLARE, ACCEPT, REQUEST, PROMISE, DECLARE, ACCEPT)
        .allPerformedBy(ACCEPT, "erin")
        .chainIntact();
    Assertions.assertThat(audit.transcript(pi.getId()))
        .filteredOn(a -> a.type() == ActType.DECLARE)
        .extracting(Act::activityId, Act::actor)
        .containsExactly(
            Assertions.tuple("Task_CheckBudget", "fiona"),
            Assertions.tuple("Task_PlaceOrder", "paul"));
    chainVerifies(pi, 8);
  }

  @Test
  void noBudgetEndsTheRequisitionAfterTheRequesterAcceptsTheCheck() {
    ProcessInstance pi = startAs("erin", KEY);
    String check = task(pi, "Task_CheckBudget");

    as("fiona");
    loops.promise(check, null, null);
    tasks.setVariable(check, "costCentre", "CC-0001");
    tasks.setVariable(check, "budgetAvailable", false);
    loops.declare(check, Map.of("checked", true), "cost centre exhausted");
    as("erin");
    loops.accept(
        check, Map.of("checked", true, "decision", true, "costCentre", true), "understood");

    Assertions.assertThat(ended(pi)).isTrue();
    Assertions.assertThat(endEventsReached(pi)).containsExactly("EndEvent_Declined");
    assertThat(loopsOf(pi)).allAccepted();
    assertThatActs(pi).containsExactlyTypes(REQUEST, PROMISE, DECLARE, ACCEPT).chainIntact();
    chainVerifies(pi, 4);
  }
}
