package dev.actionloop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionloop.model.LaneRole;
import dev.actionloop.model.LoopCondition;
import dev.actionloop.model.LoopModel;
import dev.actionloop.model.LoopTasks;
import dev.actionloop.model.validation.LoopValidator;
import dev.actionloop.model.validation.SafeModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example processes are clean, executable on Camunda 7 and open in a modeler. */
class ExampleModelsTest {

  private static final Path EXAMPLES = Path.of("src/main/resources");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @Test
  void thereAreAtLeastThreeExamples() throws IOException {
    assertThat(examples())
        .extracting(p -> p.getFileName().toString())
        .contains("new-hire-it-access.bpmn", "purchase-requisition.bpmn", "contract-review.bpmn");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void validatesWithoutFindings(Path file) throws Exception {
    BpmnModelInstance model = SafeModelReader.read(file, SafeModelReader.DEFAULT_MAX_BYTES);

    assertThat(LoopValidator.withDiscoveredRules().validate(model)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void isExecutableOnCamunda7(Path file) throws Exception {
    BpmnModelInstance model = SafeModelReader.read(file, SafeModelReader.DEFAULT_MAX_BYTES);

    for (Process process : model.getModelElementsByType(Process.class)) {
      assertThat(process.isExecutable()).as(process.getId()).isTrue();
      assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyLaneNodeAndFlowHasADiagramElement(Path file) throws Exception {
    BpmnModelInstance model = SafeModelReader.read(file, SafeModelReader.DEFAULT_MAX_BYTES);
    Set<String> drawn =
        Stream.concat(
                model.getModelElementsByType(BpmnShape.class).stream()
                    .map(BpmnShape::getBpmnElement),
                model.getModelElementsByType(BpmnEdge.class).stream().map(BpmnEdge::getBpmnElement))
            .map(BaseElement::getId)
            .collect(Collectors.toSet());

    Stream.of(Lane.class, FlowNode.class, SequenceFlow.class)
        .flatMap(type -> model.getModelElementsByType(type).stream())
        .forEach(element -> assertThat(drawn).contains(element.getId()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyUserTaskIsGatedWithConditionsAndSomeMachineChecks(Path file) throws Exception {
    BpmnModelInstance model = SafeModelReader.read(file, SafeModelReader.DEFAULT_MAX_BYTES);
    LoopModel loop = LoopModel.of(model);

    assertThat(loop.lanes())
        .anySatisfy(l -> assertThat(loop.roleOf(l)).contains(LaneRole.CUSTOMER));
    assertThat(loop.lanes())
        .anySatisfy(l -> assertThat(loop.roleOf(l)).contains(LaneRole.PERFORMER));
    List<UserTask> tasks = List.copyOf(model.getModelElementsByType(UserTask.class));
    assertThat(tasks).isNotEmpty().allSatisfy(task -> assertThat(loop.isGated(task)).isTrue());
    assertThat(tasks)
        .allSatisfy(task -> assertThat(LoopTasks.promiseWithin(task)).isNotNull())
        .flatMap(LoopTasks::conditions)
        .extracting(LoopCondition::getCheck)
        .anySatisfy(check -> assertThat(check).startsWith("${"));
  }
}
