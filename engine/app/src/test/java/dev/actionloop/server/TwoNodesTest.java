package dev.actionloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two server nodes on one PostgreSQL database (Camunda 7's cluster model), with the PostgreSQL
 * profile as operators run it. 200 loops, each act sent to the other node than the one before:
 * every loop ends accepted, with exactly its acts, once each, and an intact chain.
 */
@Tag("cluster")
class TwoNodesTest {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String DATABASE = "actionloop_two_nodes";
  private static final String PASSWORD = "two-nodes-not-the-demo-password";
  private static final int LOOPS = 200;
  private static final Map<String, Boolean> ALL_MET = Map.of("image", true, "tag", true);

  private static ConfigurableApplicationContext nodeA;
  private static ConfigurableApplicationContext nodeB;
  private static List<Api> nodes;

  @BeforeAll
  static void startTwoNodesOnOneDatabase() throws SQLException {
    try (Connection admin = DriverManager.getConnection(SERVER + "test", "postgres", "");
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + DATABASE);
    }
    nodeA = node("nodeA");
    nodeB = node("nodeB");
    nodes = List.of(Api.at(port(nodeA)), Api.at(port(nodeB)));
  }

  @AfterAll
  static void stop() {
    if (nodeB != null) {
      nodeB.close();
    }
    if (nodeA != null) {
      nodeA.close();
    }
  }

  private static ConfigurableApplicationContext node(String name) {
    // command-line arguments, as an operator would pass them: they win over
    // application-postgres.yml
    return new SpringApplicationBuilder(ActionLoopServer.class)
        .run(
            "--spring.profiles.active=postgres",
            "--server.port=0",
            "--camunda.bpm.process-engine-name=" + name,
            "--spring.datasource.url=" + SERVER + DATABASE,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--actionloop.demo.enabled=true",
            "--actionloop.demo.password=" + PASSWORD,
            "--actionloop.demo.processes=classpath*:processes/*.bpmn",
            "--logging.level.org.camunda=warn");
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Test
  void twoHundredLoopsWithActsAlternatingBetweenTheNodesAllEndAcceptedWithIntactChains()
      throws Exception {
    List<String> instances = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < LOOPS; i++) {
        int first = i % 2;
        runs.add(pool.submit(() -> runLoop(first)));
      }
      for (Future<String> run : runs) {
        instances.add(run.get());
      }
      assertThat(instances).doesNotHaveDuplicates().hasSize(LOOPS);

      List<Future<?>> checks = new ArrayList<>();
      for (int i = 0; i < instances.size(); i++) {
        String instance = instances.get(i);
        Api auditor = nodes.get(i % 2).as("audrey", PASSWORD);
        checks.add(pool.submit(() -> auditOne(auditor, instance)));
      }
      for (Future<?> check : checks) {
        check.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Exactly the four acts of the loop, once each, in order, and an intact chain. */
  private static void auditOne(Api auditor, String instance) {
    JsonNode acts = auditor.get("/api/instances/" + instance + "/acts").json();
    assertThat(acts.findValuesAsText("type"))
        .as("acts of instance %s", instance)
        .containsExactly("REQUEST", "PROMISE", "DECLARE", "ACCEPT");
    assertThat(acts.findValuesAsText("sequence")).containsExactly("1", "2", "3", "4");
    JsonNode verification = auditor.get("/api/instances/" + instance + "/acts/verify").json();
    assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
  }

  /** One loop; each step goes to the other node than the step before. */
  private static String runLoop(int first) {
    Api.Response started =
        on(first, "alice").post("/api/processes/laptop-request/instances", Map.of());
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    String instance = started.json().path("id").asText();
    JsonNode loops =
        on(first + 1, "bob").get("/api/loops?role=performer&instance=" + instance).json();
    assertThat(loops.size()).as(loops.toString()).isEqualTo(1);
    String task = loops.get(0).path("taskId").asText();
    expect(on(first, "bob").post("/api/loops/" + task + "/promise", Map.of()), "PROMISED");
    expect(
        on(first + 1, "bob").post("/api/loops/" + task + "/declare", Map.of("verdicts", ALL_MET)),
        "DECLARED");
    expect(
        on(first, "alice").post("/api/loops/" + task + "/accept", Map.of("verdicts", ALL_MET)),
        "ACCEPTED");
    return instance;
  }

  private static Api on(int node, String user) {
    return nodes.get(node % 2).as(user, PASSWORD);
  }

  private static void expect(Api.Response response, String state) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().path("state").asText()).isEqualTo(state);
  }
}
