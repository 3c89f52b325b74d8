package dev.actionloop.examples;

import static dev.actionloop.assertions.LoopAssertions.assertThat;
import static dev.actionloop.assertions.LoopAssertions.assertThatActs;
import static dev.actionloop.assertions.LoopAssertions.loop;
import static dev.actionloop.assertions.LoopAssertions.loopsOf;
import static dev.actionloop.engine.ActType.ACCEPT;
import static dev.actionloop.engine.ActType.DECLARE;
import static dev.actionloop.engine.ActType.PROMISE;
import static dev.actionloop.engine.ActType.REJECT;
import static dev.actionloop.engine.ActType.REQUEST;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actionloop.engine.Act;
import dev.actionloop.engine.ActType;
import dev.actionloop.engine.LoopForbiddenException;
import dev.actionloop.engine.LoopInvalidActException;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code new-hire-it-access.bpmn} end to end: Hanna, the hiring manager, starts it and is the
 * customer of all three tasks. The IT desk (Ivan) creates the accounts and provisions the laptop in
 * parallel; Security (Sam) grants access once the accounts exist. Hanna rejects the first laptop
 * (not imaged) and accepts the second attempt.
 */
class NewHireItAccessRunTest extends ExampleEngine {

  @BeforeAll
  static void deploy() {
    startEngine("new-hire-it-access.bpmn");
    person("hanna", "managers");
    person("ivan", "it-desk");
    person("sam", "security");
  }

  @Test
  void newHireEquippedAfterOneRejectedLaptop() {
    ProcessInstance pi = startAs("hanna", "newHireItAccess");
    Assertions.assertThat(waitingAt(pi))
        .containsExactlyInAnyOrder("Task_CreateAccounts", "Task_ProvisionLaptop");
    String accounts = task(pi, "Task_CreateAccounts");
    String laptop = task(pi, "Task_ProvisionLaptop");
    assertThat(loop(accounts)).isRequested().awaitsPromiseBy("ivan");
    assertThat(loop(laptop)).isRequested().awaitsPromiseBy("ivan");

    // Security is not the performer of IT's work
    as("sam");
    assertThatThrownBy(() -> loops.promise(laptop, null, null))
        .isInstanceOf(LoopForbiddenException.class);
    assertThat(loop(laptop)).isRequested();

    // the laptop: declared, rejected by Hanna, declared again, accepted
    as("ivan");
    loops.promise(laptop, null, "imaging tomorrow");
    tasks.setVariable(laptop, "assetTag", "NB-1042");
    loops.declare(laptop, Map.of("image", true, "tag", true), "handed over at reception");
    assertThat(loop(laptop)).isDeclared().awaitsAcceptanceBy("hanna");
    // the performer can never accept his own work
    assertThatThrownBy(() -> loops.accept(laptop, Map.of("image", true, "tag", true), "ok"))
        .isInstanceOf(LoopForbiddenException.class);
    assertThat(loop(laptop)).isDeclared();

    as("hanna");
    assertThatThrownBy(() -> loops.reject(laptop, " ", Set.of("image")))
        .isInstanceOf(LoopInvalidActException.class);
    loops.reject(laptop, "It boots a stock Windows, not our image", Set.of("image"));
    assertThat(loop(laptop)).isPromised().isInRound(2).awaitsDeclarationBy("ivan");
    Assertions.assertThat(waitingAt(pi)).contains("Task_ProvisionLaptop");

    as("ivan");
    loops.declare(laptop, Map.of("image", true, "tag", true, "early", true), "re-imaged");
    as("hanna");
    loops.accept(laptop, Map.of("image", true, "tag", true, "early", true), "works, thanks");
    assertThat(loop(laptop))
        .wasRejectedTimes(1)
        .thenAccepted()
        .wasAcceptedBy("hanna")
        .isInRound(2)
        .hasCondition("early")
        .confirmed()
        .isOptional();

    // the accounts: checked by the engine, then Security's access follows
    as("ivan");
    loops.promise(accounts, null, null);
    assertThatThrownBy(() -> loops.declare(accounts, Map.of("mfa", true), "done"))
        .isInstanceOf(LoopInvalidActException.class)
        .hasMessageContaining("accounts");
    tasks.setVariable(accounts, "accountsCreated", true);
    loops.declare(accounts, Map.of("accounts", true, "mfa", true), "tested with her phone");
    as("hanna");
    loops.accept(accounts, Map.of("accounts", true, "mfa", true), null);
    Assertions.assertThat(waitingAt(pi)).containsExactly("Task_GrantAccess");

    String access = task(pi, "Task_GrantAccess");
    assertThat(loop(access)).isRequested().awaitsPromiseBy("sam");
    as("sam");
    loops.promise(access, null, null);
    tasks.setVariable(access, "accessProfile", "sales-rep");
    loops.declare(access, Map.of("profile", true, "least", true), "sales-rep profile");
    as("hanna");
    loops.accept(access, Map.of("profile", true, "least", true), "thanks");

    Assertions.assertThat(ended(pi)).isTrue();
    Assertions.assertThat(endEventsReached(pi)).containsExactly("EndEvent_Equipped");
    assertThat(loopsOf(pi)).allAccepted().hasNoOpenLoops();
    assertThat(loop(access)).hasCondition("logged").notJudged().isOptional();
    assertThatActs(pi)
        .hasCount(REQUEST, 3)
        .hasCount(ACCEPT, 3)
        .hasCount(REJECT, 1)
        .hasCount(DECLARE, 4)
        .containsTypesInOrder(REQUEST, PROMISE, DECLARE, REJECT, DECLARE, ACCEPT)
        .allPerformedBy(ACCEPT, "hanna")
        .allPerformedBy(REJECT, "hanna")
        .chainIntact();
    Assertions.assertThat(audit.transcript(pi.getId()))
        .filteredOn(a -> a.type() == ActType.DECLARE)
        .extracting(Act::activityId, Act::actor, Act::round)
        .containsExactly(
            Assertions.tuple("Task_ProvisionLaptop", "ivan", 1),
            Assertions.tuple("Task_ProvisionLaptop", "ivan", 2),
            Assertions.tuple("Task_CreateAccounts", "ivan", 1),
            Assertions.tuple("Task_GrantAccess", "sam", 1));
    chainVerifies(pi, 14);
  }
}
