package dev.actionloop.engine;

/**
 * Small gated models written inline: a customer lane (carol) and a performer lane (group workers)
 * holding the gated user task {@code Work} (condition {@code ok}) and whatever else the test adds.
 */
final class GateModels {

  private GateModels() {}

  /** A gated user task {@code Work} with condition {@code ok} and the given inner elements. */
  static String work(String inner) {
    return "<bpmn:userTask id=\"Work\" name=\"Do the work\"><bpmn:extensionElements>"
        + "<loop:conditions><loop:condition id=\"ok\" text=\"It is done\"/></loop:conditions>"
        + "</bpmn:extensionElements>"
        + inner
        + "</bpmn:userTask>";
  }

  /**
   * A process {@code key}: Start, then the flow node {@code main} (defined in {@code body} with
   * everything around it), then End; {@code performerRefs} are the ids in the performer lane
   * besides {@code Work}, comma-separated.
   */
  static String process(String key, String main, String body, String performerRefs) {
    StringBuilder refs = new StringBuilder("<bpmn:flowNodeRef>Work</bpmn:flowNodeRef>");
    for (String id : performerRefs.split(",")) {
      if (!id.isBlank()) {
        refs.append("<bpmn:flowNodeRef>").append(id.strip()).append("</bpmn:flowNodeRef>");
      }
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            xmlns:loop="http://actionloop.dev/schema/bpmn/1.0"
            id="Definitions_%1$s" targetNamespace="http://actionloop.dev/test">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:laneSet id="LaneSet_1">
              <bpmn:lane id="Lane_C" loop:role="customer" loop:party="user:carol"/>
              <bpmn:lane id="Lane_P" loop:role="performer" loop:party="group:workers">%2$s</bpmn:lane>
            </bpmn:laneSet>
            <bpmn:startEvent id="Start"/>
            <bpmn:sequenceFlow id="In" sourceRef="Start" targetRef="%4$s"/>
            %3$s
            <bpmn:sequenceFlow id="Out" sourceRef="%4$s" targetRef="End"/>
            <bpmn:endEvent id="End"/>
          </bpmn:process>
          <bpmn:message id="Message_Poke" name="Poke"/>
          <bpmn:signal id="Signal_Skip" name="Skip"/>
          <bpmn:escalation id="Escalation_Overdue" escalationCode="LOOP_PROMISE_OVERDUE"/>
          <bpmn:error id="Error_Cancelled" errorCode="LOOP_CANCELLED"/>
          <bpmn:error id="Error_Released" errorCode="LOOP_RELEASED"/>
        </bpmn:definitions>
        """
        .formatted(key, refs, body, main);
  }

  /** A boundary event on {@code attachedTo} with the given definition, flowing to its own end. */
  static String boundary(String id, String attachedTo, boolean interrupting, String definition) {
    return ("<bpmn:boundaryEvent id=\"%1$s\" attachedToRef=\"%2$s\" cancelActivity=\"%3$s\">%4$s"
            + "</bpmn:boundaryEvent><bpmn:sequenceFlow id=\"%1$s_flow\" sourceRef=\"%1$s\""
            + " targetRef=\"%1$s_end\"/><bpmn:endEvent id=\"%1$s_end\"/>")
        .formatted(id, attachedTo, interrupting, definition);
  }

  /** An event sub-process whose start event has the given definition. */
  static String eventSubProcess(String id, boolean interrupting, String definition) {
    return ("<bpmn:subProcess id=\"%1$s\" triggeredByEvent=\"true\"><bpmn:startEvent"
            + " id=\"%1$s_start\" isInterrupting=\"%2$s\">%3$s</bpmn:startEvent>"
            + "<bpmn:sequenceFlow id=\"%1$s_flow\" sourceRef=\"%1$s_start\" targetRef=\"%1$s_end\"/>"
            + "<bpmn:endEvent id=\"%1$s_end\"/></bpmn:subProcess>")
        .formatted(id, interrupting, definition);
  }

  static final String TIMER =
      "<bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration>"
          + "</bpmn:timerEventDefinition>";
  static final String MESSAGE = "<bpmn:messageEventDefinition messageRef=\"Message_Poke\"/>";
  static final String SIGNAL = "<bpmn:signalEventDefinition signalRef=\"Signal_Skip\"/>";
  static final String ESCALATION =
      "<bpmn:escalationEventDefinition escalationRef=\"Escalation_Overdue\"/>";
  static final String CANCELLED = "<bpmn:errorEventDefinition errorRef=\"Error_Cancelled\"/>";
  static final String RELEASED = "<bpmn:errorEventDefinition errorRef=\"Error_Released\"/>";
}
