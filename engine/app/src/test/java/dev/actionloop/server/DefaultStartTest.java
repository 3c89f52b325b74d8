package dev.actionloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server as the README starts it: an H2 file database, the demo users and every example process
 * deployed through the validation; a restart keeps the data and deploys nothing twice.
 */
class DefaultStartTest {

  @Test
  void examplesDeployAndDataSurvivesARestart(@TempDir Path folder) {
    String url = "jdbc:h2:file:" + folder.resolve("actionloop") + ";DB_CLOSE_ON_EXIT=FALSE";
    String instance;
    try (ConfigurableApplicationContext first = start(url, "restartFirst")) {
      Api api = Api.at(port(first));
      assertThat(api.as("ana").get("/api/processes").json().findValuesAsText("key"))
          .contains("laptop-request", "newHireItAccess", "purchaseRequisition", "contractReview");
      Api.Response started =
          api.as("alice").post("/api/processes/laptop-request/instances", Map.of());
      assertThat(started.status()).as(started.toString()).isEqualTo(201);
      instance = started.json().path("id").asText();
    }
    assertThat(Files.exists(folder.resolve("actionloop.mv.db"))).isTrue();

    try (ConfigurableApplicationContext second = start(url, "restartSecond")) {
      Api api = Api.at(port(second));
      assertThat(api.as("audrey").get("/api/instances/" + instance + "/acts").json().size())
          .isEqualTo(1);
      assertThat(api.as("ana").get("/api/processes?all=true").json().findValuesAsText("key"))
          .as("no example deployed twice")
          .doesNotHaveDuplicates();
    }
  }

  private static ConfigurableApplicationContext start(String url, String engineName) {
    return new SpringApplicationBuilder(ActionLoopServer.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + url,
            "--camunda.bpm.process-engine-name=" + engineName,
            "--camunda.bpm.job-execution.enabled=false",
            "--logging.level.org.camunda=warn");
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
