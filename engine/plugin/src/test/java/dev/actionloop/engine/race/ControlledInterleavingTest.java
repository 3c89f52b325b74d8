package dev.actionloop.engine.race;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;

/**
 * The harness itself, on plain Camunda (no plugin) and H2: two completes of one task, both held
 * after their reads. If the harness did not really interleave them, the second would fail with
 * "task not found" instead of Camunda's optimistic-locking conflict. This is the evidence that the
 * ActionLoop race tests race.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlledInterleavingTest {
  private ProcessEngine engine;
  private TaskService tasks;

  @BeforeAll
  void startEngine() {
    engine = RaceDatabase.H2.engine("harness");
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("dev/actionloop/engine/race/plain-task.bpmn")
        .deploy();
    tasks = engine.getTaskService();
  }

  @AfterAll
  void stopEngine() {
    engine.close();
    RaceDatabase.H2.drop();
  }

  @RepeatedTest(10)
  void twoCompletesOfOneTaskConflictOnCamundasOptimisticLock() throws InterruptedException {
    String pi = engine.getRuntimeService().startProcessInstanceByKey("plainTask").getId();
    String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();

    Race race =
        Race.between("first", () -> tasks.complete(task), "second", () -> tasks.complete(task))
            .firstCommitsFirst();

    assertThat(race.winner()).isSameAs(race.first);
    assertThat(race.loser().failure())
        .isInstanceOf(OptimisticLockingException.class)
        .hasMessageContaining("was updated by another transaction concurrently");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task).count())
        .isEqualTo(1);
  }
}
