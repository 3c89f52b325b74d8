package dev.actionloop.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared fixtures: the JS lint rules run the same files against the same expected.json, so both
 * sides report the same codes on the same elements.
 */
class RuleFixturesTest {

  private static final String FOLDER = "/fixtures/rules/";
  private static final LoopValidator VALIDATOR = LoopValidator.withDiscoveredRules();

  record Expected(String code, String element) {}

  static Stream<String> fixtures() throws IOException {
    return expected().keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void reportsExactlyTheExpectedFindings(String file) throws IOException {
    BpmnModelInstance model;
    try (InputStream in = RuleFixturesTest.class.getResourceAsStream(FOLDER + file)) {
      model = Bpmn.readModelFromStream(in);
    }

    List<Finding> findings = VALIDATOR.validate(model);

    assertThat(findings)
        .map(f -> new Expected(f.code(), f.elementId()))
        .as("findings of %s: %s", file, findings)
        .containsExactlyInAnyOrderElementsOf(expected().get(file));
  }

  @Test
  void everyRuleCodeHasAFixtureAndEveryFixtureIsListed() throws Exception {
    Path folder = Path.of(RuleFixturesTest.class.getResource(FOLDER).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bpmn")))
          .containsExactlyInAnyOrderElementsOf(expected().keySet());
    }
    assertThat(expected().values().stream().flatMap(List::stream).map(Expected::code))
        .containsAll(allCodes());
  }

  static List<String> allCodes() throws IllegalAccessException, URISyntaxException {
    List<String> codes = new java.util.ArrayList<>();
    for (var field : RuleCodes.class.getFields()) {
      codes.add((String) field.get(null));
    }
    return codes;
  }

  private static Map<String, List<Expected>> expected() throws IOException {
    try (InputStream in = RuleFixturesTest.class.getResourceAsStream(FOLDER + "expected.json")) {
      return new ObjectMapper().readValue(in, new TypeReference<>() {});
    }
  }
}
