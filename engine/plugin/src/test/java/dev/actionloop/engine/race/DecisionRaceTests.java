package dev.actionloop.engine.race;

import static dev.actionloop.engine.ActType.ACCEPT;
import static dev.actionloop.engine.ActType.REJECT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.actionloop.engine.Act;
import dev.actionloop.engine.ActType;
import dev.actionloop.engine.ActionLoop;
import dev.actionloop.engine.ActionLoopPlugin;
import dev.actionloop.engine.AuditService;
import dev.actionloop.engine.LoopConflictException;
import dev.actionloop.engine.LoopService;
import dev.actionloop.engine.LoopState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;

/**
 * Two decisions on one declared task (issue 3, "Concurrency"; reliability research A1/A2): exactly
 * one wins, the other gets a {@link LoopConflictException}, the act log holds exactly one decision
 * and its chain verifies. Each repetition is a fresh instance; the interleaving is controlled, not
 * hoped for (see {@link Race}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DecisionRaceTests {
  private static final int ROUNDS = 25;
  private static final Map<String, Boolean> MET = Map.of("image", true);

  private ProcessEngine engine;
  private LoopService loops;
  private AuditService audit;
  private IdentityService identity;

  abstract RaceDatabase database();

  @BeforeAll
  void startEngine() {
    engine = database().engine("decision-race", new ActionLoopPlugin());
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("dev/actionloop/engine/race/decision-race.bpmn")
        .deploy();
    loops = ActionLoop.of(engine).loops();
    audit = ActionLoop.of(engine).audit();
    identity = engine.getIdentityService();
  }

  @AfterAll
  void stopEngine() {
    if (engine != null) {
      engine.close();
    }
    database().drop();
  }

  @RepeatedTest(ROUNDS)
  void acceptCommittedFirstMakesTheRacingRejectAConflict() throws InterruptedException {
    String task = declaredTask();

    Race race = Race.between("accept", accept("alice", task), "reject", reject("alice", task));
    race.firstCommitsFirst();

    assertThat(race.winner().name).isEqualTo("accept");
    assertLostWithConflict(race.loser());
    assertThat(loops.getLoop(task).state()).isEqualTo(LoopState.ACCEPTED);
    assertOneDecision(task, ACCEPT);
  }

  @RepeatedTest(ROUNDS)
  void rejectCommittedFirstMakesTheRacingAcceptAConflict() throws InterruptedException {
    String task = declaredTask();

    Race race = Race.between("reject", reject("alice", task), "accept", accept("alice", task));
    race.firstCommitsFirst();

    assertThat(race.winner().name).isEqualTo("reject");
    assertLostWithConflict(race.loser());
    assertThat(loops.getLoop(task).state()).isEqualTo(LoopState.PROMISED);
    assertThat(loops.getLoop(task).round()).isEqualTo(2);
    assertOneDecision(task, REJECT);
  }

  @RepeatedTest(ROUNDS)
  void twoCustomersAcceptingTheSameWorkLeaveOneAccept() throws InterruptedException {
    String task = declaredTask();

    // alice directly, dave through the customer group: both rightful customers.
    Race race = Race.between("alice", accept("alice", task), "dave", accept("dave", task));
    race.firstCommitsFirst();

    assertThat(race.winner().name).isEqualTo("alice");
    assertLostWithConflict(race.loser());
    assertOneDecision(task, ACCEPT);
    assertThat(decisions(task).get(0).actor()).isEqualTo("alice");
  }

  @RepeatedTest(ROUNDS)
  void acceptAndRejectLetGoTogetherLeaveOneDecision() throws InterruptedException {
    String task = declaredTask();

    Race race = Race.between("accept", accept("alice", task), "reject", reject("dave", task));
    race.bothAtOnce();

    assertLostWithConflict(race.loser());
    ActType expected = race.winner().name.equals("accept") ? ACCEPT : REJECT;
    assertOneDecision(task, expected);
    assertThat(loops.getLoop(task).state())
        .isEqualTo(expected == ACCEPT ? LoopState.ACCEPTED : LoopState.PROMISED);
  }

  @RepeatedTest(ROUNDS)
  void twoAcceptsLetGoTogetherLeaveOneAccept() throws InterruptedException {
    String task = declaredTask();

    Race race = Race.between("alice", accept("alice", task), "dave", accept("dave", task));
    race.bothAtOnce();

    assertLostWithConflict(race.loser());
    assertOneDecision(task, ACCEPT);
    assertThat(decisions(task).get(0).actor()).isEqualTo(race.winner().name);
    assertThat(loops.getLoop(task).state()).isEqualTo(LoopState.ACCEPTED);
  }

  @RepeatedTest(ROUNDS)
  void twoPerformersDeclaringARequestedTaskLeaveOnePromise() throws InterruptedException {
    String task = requestedTask();

    // a declare on a REQUESTED loop is its promise too: bob and erin (it-desk) both try it.
    Race race = Race.between("bob", declare("bob", task), "erin", declare("erin", task));
    race.bothAtOnce();

    assertLostWithConflict(race.loser());
    String winner = race.winner().name;
    String pi = loops.getLoop(task).processInstanceId();
    List<Act> acts = audit.transcript(pi);
    assertThat(acts)
        .extracting(Act::type)
        .containsExactly(ActType.REQUEST, ActType.PROMISE, ActType.DECLARE);
    assertThat(acts.subList(1, 3)).extracting(Act::actor).containsOnly(winner);
    assertThat(loops.getLoop(task).state()).isEqualTo(LoopState.DECLARED);
    assertThat(loops.getLoop(task).promisedBy()).isEqualTo(winner);
    assertThat(audit.verify(pi).intact()).as("chain of %s: %s", pi, audit.verify(pi)).isTrue();
  }

  // --- given -------------------------------------------------------------------------------

  /** alice asked for a laptop; nobody has promised it yet. */
  private String requestedTask() {
    as("alice");
    String pi = engine.getRuntimeService().startProcessInstanceByKey("decisionRace").getId();
    identity.clearAuthentication();
    return engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId();
  }

  /** bob has promised and declared the laptop; it waits for the buyers' decision. */
  private String declaredTask() {
    as("alice");
    String pi = engine.getRuntimeService().startProcessInstanceByKey("decisionRace").getId();
    String task =
        engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId();
    as("bob");
    loops.promise(task, null, "on it");
    loops.declare(task, MET, "imaged and tagged");
    identity.clearAuthentication();
    assertThat(loops.getLoop(task).state()).isEqualTo(LoopState.DECLARED);
    return task;
  }

  // --- the acts, each on its contestant's thread with its own authentication -------------

  private Runnable accept(String customer, String task) {
    return () -> {
      as(customer);
      loops.accept(task, MET, "thanks");
    };
  }

  private Runnable declare(String performer, String task) {
    return () -> {
      as(performer);
      loops.declare(task, MET, "imaged and tagged by " + performer);
    };
  }

  private Runnable reject(String customer, String task) {
    return () -> {
      as(customer);
      loops.reject(task, "no company image", Set.of("image"));
    };
  }

  private void as(String user) {
    List<String> groups =
        switch (user) {
          case "dave" -> List.of("buyers");
          case "erin" -> List.of("it-desk");
          default -> List.of();
        };
    identity.setAuthentication(user, groups);
  }

  // --- then --------------------------------------------------------------------------------

  private static void assertLostWithConflict(Contestant loser) {
    assertThat(loser.failure())
        .as("%s lost the race and says so clearly", loser.name)
        .isInstanceOf(LoopConflictException.class);
  }

  private void assertOneDecision(String task, ActType expected) {
    List<Act> decisions = decisions(task);
    assertThat(decisions).extracting(Act::type).containsExactly(expected);
    String pi = decisions.get(0).processInstanceId();
    assertThat(audit.verify(pi).intact()).as("chain of %s: %s", pi, audit.verify(pi)).isTrue();
  }

  private List<Act> decisions(String task) {
    String pi = loops.getLoop(task).processInstanceId();
    return audit.transcript(pi).stream()
        .filter(a -> a.type() == ACCEPT || a.type() == REJECT)
        .toList();
  }
}
