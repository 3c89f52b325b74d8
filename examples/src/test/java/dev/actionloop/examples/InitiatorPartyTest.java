package dev.actionloop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionloop.model.LoopLanes;
import dev.actionloop.model.validation.SafeModelReader;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A lane whose party is {@code ${initiator}} needs the process to store its initiator in that
 * variable ({@code camunda:initiator="initiator"} on the start event): the engine resolves party
 * expressions against process variables only, and without it the customer resolves to nobody, so
 * nobody could ever accept the work (found when the examples first ran on the engine).
 */
class InitiatorPartyTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.actionloop.examples.ExampleModelsTest#examples")
  void initiatorPartiesHaveAStartEventThatRecordsTheInitiator(Path file) throws Exception {
    BpmnModelInstance model = SafeModelReader.read(file, SafeModelReader.DEFAULT_MAX_BYTES);

    for (Lane lane : model.getModelElementsByType(Lane.class)) {
      String party = LoopLanes.party(lane);
      if (party != null && party.replace(" ", "").contains("{initiator}")) {
        ModelElementInstance parent = lane.getParentElement();
        while (!(parent instanceof Process)) {
          parent = parent.getParentElement();
        }
        Process process = (Process) parent;
        assertThat(process.getChildElementsByType(StartEvent.class))
            .as("start events of %s (lane %s has party %s)", process.getId(), lane.getId(), party)
            .isNotEmpty()
            .allSatisfy(start -> assertThat(start.getCamundaInitiator()).isEqualTo("initiator"));
      }
    }
  }
}
