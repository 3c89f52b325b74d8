package dev.actionloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Every file of the hostile corpus ({@code src/test/resources/hostile/}) is refused with a 4xx
 * problem naming the cause (and the element), nothing is deployed, and nothing in it ran.
 */
class HostileModelTest extends ServerTest {
  private static final Path CANARY = Path.of("/tmp/actionloop-hostile-canary");

  @BeforeEach
  void noCanary() throws IOException {
    Files.deleteIfExists(CANARY);
  }

  static Stream<Arguments> corpus() throws IOException {
    Properties expected = new Properties();
    try (var in = new ClassPathResource("hostile/expected.properties").getInputStream()) {
      expected.load(in);
    }
    List<Arguments> cases = new ArrayList<>();
    expected.stringPropertyNames().stream()
        .sorted()
        .forEach(file -> cases.add(Arguments.of(file, expected.getProperty(file))));
    return cases.stream();
  }

  @Test
  void theCorpusHasAtLeastTwentyFiles() throws IOException {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(20);
  }

  @ParameterizedTest(name = "{0} is refused ({1})")
  @MethodSource("corpus")
  void isRefusedNamingTheCause(String file, String expectation) throws IOException {
    String code = expectation.split("@")[0];
    String element = expectation.contains("@") ? expectation.split("@")[1] : null;
    long before = deploymentCount();

    Api.Response response = as("ana").deploy(file, resource("hostile/" + file));

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.path("detail").asText()).as(response.toString()).isNotBlank();
    assertThat(problem.findValuesAsText("code")).as(response.toString()).contains(code);
    if (element != null) {
      assertThat(problem.findValuesAsText("elementId")).as(response.toString()).contains(element);
    }
    assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception:");
    assertThat(deploymentCount()).isEqualTo(before);
    assertThat(CANARY).doesNotExist();
  }

  @Test
  void anOversizedUploadIsRefusedWith413() {
    long before = deploymentCount();
    byte[] big = new byte[3 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');

    Api.Response response = as("ana").deploy("big.bpmn", big);

    assertThat(response.status()).as(response.toString()).isEqualTo(413);
    assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(response.json().path("detail").asText()).contains("larger");
    assertThat(deploymentCount()).isEqualTo(before);
  }

  @Test
  void deepNestingIsRefusedWithoutExhaustingTheStack() {
    String open = "<x:a>".repeat(100_000);
    String close = "</x:a>".repeat(100_000);
    byte[] deep =
        model(
            "<bpmn:extensionElements xmlns:x=\"urn:x\">"
                + open
                + close
                + "</bpmn:extensionElements>");
    long before = deploymentCount();

    Api.Response response = as("ana").deploy("deep.bpmn", deep);

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().findValuesAsText("code")).contains("deploy/malformed-xml");
    assertThat(deploymentCount()).isEqualTo(before);
  }

  @Test
  void tenThousandAndOneAttributesAreRefused() {
    StringBuilder attributes = new StringBuilder();
    for (int i = 0; i <= 10_000; i++) {
      attributes.append(" a").append(i).append("=\"v\"");
    }
    byte[] wide = model("<bpmn:documentation" + attributes + "/>");
    long before = deploymentCount();

    Api.Response response = as("ana").deploy("wide.bpmn", wide);

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(deploymentCount()).isEqualTo(before);
  }

  private static byte[] model(String insideProcess) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
            + " id=\"D\" targetNamespace=\"urn:t\"><bpmn:process id=\"p\" isExecutable=\"true\">"
            + insideProcess
            + "<bpmn:startEvent id=\"Start\"/></bpmn:process></bpmn:definitions>")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void aTrustedDeployerMayUseJavaCodeButNotADoctype() {
    long before = deploymentCount();

    assertThat(as("admin").deploy("java-class.bpmn", resource("hostile/java-class.bpmn")).status())
        .isEqualTo(201);
    assertThat(as("admin").deploy("xxe-file.bpmn", resource("hostile/xxe-file.bpmn")).status())
        .isEqualTo(400);
    assertThat(deploymentCount()).isEqualTo(before + 1);
  }
}
