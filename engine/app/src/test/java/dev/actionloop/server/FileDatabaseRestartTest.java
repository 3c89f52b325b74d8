package dev.actionloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionloop.engine.ActionLoop;
import dev.actionloop.engine.LoopState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the README's run command does on a fresh machine: the server's default configuration (H2
 * file database, demo users, the example processes), started on an empty data folder, then
 * restarted on the same folder: every example is deployed once (the server's validation accepts
 * them), started work and its act log survive the restart, and nothing is deployed twice.
 */
class FileDatabaseRestartTest {

  private static final List<String> EXAMPLES =
      List.of("contractReview", "newHireItAccess", "purchaseRequisition");

  @TempDir Path data;

  @Test
  void startsOnAnEmptyDataFolderAndKeepsItsDataAcrossARestart() {
    String url = "jdbc:h2:file:" + data.resolve("actionloop") + ";DB_CLOSE_ON_EXIT=FALSE";
    String instanceId;
    long deployments;
    List<String> definitions;

    try (ConfigurableApplicationContext app = start(url)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      definitions = latestDefinitions(engine);
      assertThat(definitions)
          .extracting(id -> id.substring(0, id.indexOf(':')))
          .contains(EXAMPLES.toArray(String[]::new))
          .doesNotHaveDuplicates();
      deployments = engine.getRepositoryService().createDeploymentQuery().count();
      assertThat(deployments).isGreaterThanOrEqualTo(EXAMPLES.size());

      // a hiring manager starts the new-hire example; its two first tasks wait for the IT desk
      engine.getIdentityService().setAuthentication("alice", List.of("participant", "customers"));
      ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("newHireItAccess");
      engine.getIdentityService().clearAuthentication();
      instanceId = pi.getId();
      assertThat(ActionLoop.of(engine).audit().transcript(instanceId)).hasSize(2);
    }

    try (ConfigurableApplicationContext app = start(url)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);

      assertThat(latestDefinitions(engine)).isEqualTo(definitions);
      assertThat(engine.getRepositoryService().createDeploymentQuery().count())
          .isEqualTo(deployments);
      var loops =
          ActionLoop.of(engine).loops().createLoopQuery().processInstanceId(instanceId).list();
      assertThat(loops)
          .hasSize(2)
          .allSatisfy(
              loop -> {
                assertThat(loop.state()).isEqualTo(LoopState.REQUESTED);
                assertThat(loop.customer().users()).containsExactly("alice");
              });
      assertThat(ActionLoop.of(engine).audit().verify(instanceId).intact()).isTrue();
      assertThat(ActionLoop.of(engine).audit().transcript(instanceId)).hasSize(2);
    }
  }

  private static List<String> latestDefinitions(ProcessEngine engine) {
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .latestVersion()
        .orderByProcessDefinitionKey()
        .asc()
        .list()
        .stream()
        .map(ProcessDefinition::getId)
        .toList();
  }

  /** The server with its defaults (no test profile): only the data folder and the port differ. */
  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(ActionLoopServer.class)
        .properties(Map.of("spring.jmx.enabled", "false"))
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + url,
            "--camunda.bpm.process-engine-name=file-" + UUID.randomUUID(),
            "--camunda.bpm.job-execution.enabled=false",
            "--logging.level.org.camunda=warn");
  }
}
