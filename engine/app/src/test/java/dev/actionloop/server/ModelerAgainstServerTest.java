package dev.actionloop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The web modeler against this server, in a real browser: the modeler's own {@code server} suite
 * ({@code modeler-extension/js/test/browser/server.test.mjs}) runs as a subprocess against the
 * server this test starts. It signs in on the login form as the demo analyst, deploys the annotated
 * starter diagram from {@code /modeler/}, opens it again, and sees two refused deployments'
 * findings on the task. Then this test checks the server's side: the definition the page deployed
 * is listed by {@code GET /api/processes}, was deployed by the analyst, the refused ones deployed
 * nothing, and it runs as a gated loop whose customer is the user who started it.
 */
class ModelerAgainstServerTest extends ServerTest {

  private static final Path JS = Path.of("../../modeler-extension/js").toAbsolutePath().normalize();
  private static final Path OUTPUT = JS.resolveSibling("target/js-test-output");
  private static final Path REPORT = Path.of("target/modeler-server-suite/TEST-js-server.xml");
  private static final Duration TIMEOUT = Duration.ofMinutes(5);
  private static final int SUITE_TESTS = 5;

  @Test
  void analystDeploysFromTheWebModeler() throws Exception {
    assumeTrue(
        Files.isDirectory(JS.resolve("node_modules/playwright-core")),
        JS.resolve("node_modules")
            + " is missing: the modeler's JS build was skipped (-Dskip.npm), so there is no"
            + " browser test to run");
    assumeTrue(
        new ClassPathResource("META-INF/resources/modeler/index.html").exists(),
        "the web modeler page is not on the class path: modeler-extension was built with"
            + " -Dskip.npm");
    List<String> before = definitionIds("Process_1");
    long deploymentsBefore = deploymentCount();
    Instant started = Instant.now().minusSeconds(1);
    Files.deleteIfExists(OUTPUT.resolve("server-deployed.json"));

    String output = runServerSuite();

    assertThat(REPORT).exists();
    String report = Files.readString(REPORT);
    assertThat(report)
        .as("JUnit report of the browser suite")
        .contains("tests=\"" + SUITE_TESTS + "\" failures=\"0\" errors=\"0\" skipped=\"0\"");
    Matcher total = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed$").matcher(output);
    assertThat(total.find()).as("summary line in:%n%s", output).isTrue();
    assertThat(total.group(1) + " passed, " + total.group(2) + " failed")
        .isEqualTo(SUITE_TESTS + " passed, 0 failed");

    // what the page says it deployed
    JsonNode deployed =
        new ObjectMapper().readTree(OUTPUT.resolve("server-deployed.json").toFile());
    assertThat(deployed.path("url").asText()).isEqualTo("http://localhost:" + port);
    String definitionId = deployed.path("processes").path(0).path("id").asText();
    String deploymentId = deployed.path("deploymentId").asText();
    assertThat(definitionId).isNotBlank().doesNotStartWith("null");

    // the API lists it, for the analyst and for participants
    for (String user : List.of("ana", "alice")) {
      Api.Response processes = as(user).get("/api/processes");
      assertThat(processes.status()).as(processes.toString()).isEqualTo(200);
      assertThat(StreamSupport.stream(processes.json().spliterator(), false).toList())
          .as("GET /api/processes as %s", user)
          .anySatisfy(
              p -> {
                assertThat(p.path("id").asText()).isEqualTo(definitionId);
                assertThat(p.path("key").asText()).isEqualTo("Process_1");
                assertThat(p.path("name").asText()).isEqualTo("Request");
              });
    }

    // exactly one new definition and deployment: the refused ones deployed nothing
    List<String> after = definitionIds("Process_1");
    assertThat(after).containsAll(before).contains(definitionId).hasSize(before.size() + 1);
    assertThat(deploymentCount()).isEqualTo(deploymentsBefore + 1);
    Deployment deployment =
        repositoryService.createDeploymentQuery().deploymentId(deploymentId).singleResult();
    assertThat(deployment.getSource()).isEqualTo("actionloop-api:ana");
    assertThat(deployment.getName()).endsWith(".bpmn");

    // and it runs as a loop: Alice starts it and is its customer, the performers group promises
    Api.Response start = as("alice").post("/api/processes/Process_1/instances", Map.of());
    assertThat(start.status()).as(start.toString()).isEqualTo(201);
    String instance = start.json().path("id").asText();
    assertThat(start.json().path("processDefinitionId").asText()).isEqualTo(definitionId);
    JsonNode asCustomer = as("alice").get("/api/loops?role=customer&instance=" + instance).json();
    assertThat(asCustomer).hasSize(1);
    assertThat(asCustomer.path(0).path("activityId").asText()).isEqualTo("Task_Do");
    assertThat(asCustomer.path(0).path("state").asText()).isEqualTo("REQUESTED");
    assertThat(as("bob").get("/api/loops?role=performer&instance=" + instance).json()).hasSize(1);
    assertThat(as("carol").get("/api/loops?instance=" + instance).json()).isEmpty();

    // the screenshots are this run's
    for (String shot :
        List.of(
            "server-deployed.png",
            "server-deploy-refused-loop-rule.png",
            "server-deploy-refused.png")) {
      Path file = OUTPUT.resolve(shot);
      assertThat(file).exists();
      assertThat(Files.getLastModifiedTime(file)).isGreaterThan(FileTime.from(started));
    }
  }

  private List<String> definitionIds(String key) {
    return repositoryService
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .list()
        .stream()
        .map(ProcessDefinition::getId)
        .toList();
  }

  /** {@code node test/run.mjs server}, its output streamed to ours; returns the output. */
  private String runServerSuite() throws IOException, InterruptedException {
    Files.createDirectories(REPORT.getParent());
    ProcessBuilder builder =
        new ProcessBuilder("node", "test/run.mjs", "server")
            .directory(JS.toFile())
            .redirectErrorStream(true);
    builder.environment().put("ACTIONLOOP_URL", "http://localhost:" + port);
    builder.environment().put("ACTIONLOOP_USER", "ana");
    builder.environment().put("ACTIONLOOP_PASSWORD", "ana-demo");
    builder.environment().put("JS_TEST_REPORT", REPORT.toAbsolutePath().toString());
    Process node;
    try {
      node = builder.start();
    } catch (IOException e) {
      fail("could not start node (needed for the web modeler's browser tests): " + e.getMessage());
      return "";
    }
    List<String> lines = new ArrayList<>();
    Thread pump =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(
                      new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                  System.out.println("[modeler server suite] " + line);
                  synchronized (lines) {
                    lines.add(line);
                  }
                }
              } catch (IOException e) {
                System.out.println("[modeler server suite] output lost: " + e);
              }
            },
            "modeler-server-suite-output");
    pump.setDaemon(true);
    pump.start();
    if (!node.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      node.descendants().forEach(ProcessHandle::destroyForcibly);
      node.destroyForcibly();
      node.waitFor(10, TimeUnit.SECONDS);
      fail("the web modeler's server suite did not finish within " + TIMEOUT);
    }
    pump.join(TimeUnit.SECONDS.toMillis(10));
    String output;
    synchronized (lines) {
      output = String.join("\n", lines);
    }
    assertThat(node.exitValue()).as("exit code of node test/run.mjs server:%n%s", output).isZero();
    return output;
  }
}
