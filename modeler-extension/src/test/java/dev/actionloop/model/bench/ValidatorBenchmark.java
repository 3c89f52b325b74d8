package dev.actionloop.model.bench;

import dev.actionloop.model.ActionLoopBpmn;
import dev.actionloop.model.validation.Finding;
import dev.actionloop.model.validation.LoopValidator;
import dev.actionloop.model.validation.impl.BuiltInRules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Read vs read + validate on a generated model with 1,000 lanes and 5,000 user tasks (each with
 * conditions, one machine check and durations). Not a test: run it by hand, see docs/benchmarks.md.
 */
public final class ValidatorBenchmark {

  private static final int LANES = 1_000;
  private static final int TASKS = 5_000;

  private ValidatorBenchmark() {}

  /** Arguments (optional): warm-up runs (default 5), measured runs (default 11). */
  public static void main(String[] args) {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 11;
    ActionLoopBpmn.install();
    byte[] xml = generate().getBytes(StandardCharsets.UTF_8);
    // The built-in rules only: the test class path also holds a test extension.
    BuiltInRules builtIn = new BuiltInRules();
    LoopValidator validator = LoopValidator.of(builtIn.rules(), builtIn.checkLanguages());

    List<Finding> findings = validator.validate(read(xml));
    if (!findings.isEmpty()) {
      throw new IllegalStateException("The generated model should be clean: " + findings.get(0));
    }
    for (int i = 0; i < warmUp; i++) {
      read(xml);
      validator.validate(read(xml));
    }
    List<Long> readTimes = new ArrayList<>();
    List<Long> validateTimes = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      read(xml);
      readTimes.add(System.nanoTime() - start);

      start = System.nanoTime();
      validator.validate(read(xml));
      validateTimes.add(System.nanoTime() - start);
    }
    double read = median(readTimes);
    double readAndValidate = median(validateTimes);
    System.out.printf(
        "model: %d lanes, %d user tasks, %d KB; %d warm-up + %d measured runs, medians%n",
        LANES, TASKS, xml.length / 1024, warmUp, runs);
    System.out.printf("read (camunda-bpmn-model)      %8.1f ms%n", read / 1e6);
    System.out.printf("read + validate (ActionLoop)   %8.1f ms%n", readAndValidate / 1e6);
    System.out.printf(
        "ratio                          %8.2f   (target <= 2.0)%n", readAndValidate / read);
  }

  private static BpmnModelInstance read(byte[] xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
  }

  private static double median(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /** One process: a customer lane, 999 performer lanes, a chain of 5,000 gated user tasks. */
  static String generate() {
    StringBuilder lanes = new StringBuilder();
    StringBuilder nodes = new StringBuilder();
    lanes.append(
        "<bpmn:lane id=\"Lane_0\" name=\"Customer\" loop:role=\"customer\""
            + " loop:party=\"${initiator}\"><bpmn:flowNodeRef>Start</bpmn:flowNodeRef>"
            + "<bpmn:flowNodeRef>End</bpmn:flowNodeRef></bpmn:lane>\n");
    List<StringBuilder> refs = new ArrayList<>();
    for (int lane = 0; lane < LANES; lane++) {
      refs.add(new StringBuilder());
    }
    nodes.append(
        "<bpmn:startEvent id=\"Start\"><bpmn:outgoing>F0</bpmn:outgoing></bpmn:startEvent>\n");
    for (int task = 1; task <= TASKS; task++) {
      int lane = 1 + task % (LANES - 1);
      refs.get(lane).append("<bpmn:flowNodeRef>T").append(task).append("</bpmn:flowNodeRef>");
      nodes
          .append("<bpmn:userTask id=\"T")
          .append(task)
          .append("\" name=\"Task ")
          .append(task)
          .append("\" camunda:candidateGroups=\"team-")
          .append(lane)
          .append("\" loop:promiseWithin=\"P2D\" loop:acceptWithin=\"PT12H\">")
          .append("<bpmn:extensionElements><loop:conditions>")
          .append("<loop:condition id=\"done\" text=\"The work is done\"/>")
          .append("<loop:condition id=\"ref\" text=\"Reference recorded\" check=\"${ref")
          .append(task)
          .append(" != null &amp;&amp; amount &lt;= limit}\"/>")
          .append("<loop:condition id=\"note\" text=\"Note left\" required=\"false\"/>")
          .append("</loop:conditions></bpmn:extensionElements>")
          .append("<bpmn:incoming>F")
          .append(task - 1)
          .append("</bpmn:incoming>")
          .append("<bpmn:outgoing>F")
          .append(task)
          .append("</bpmn:outgoing></bpmn:userTask>\n");
    }
    nodes
        .append("<bpmn:endEvent id=\"End\"><bpmn:incoming>F")
        .append(TASKS)
        .append("</bpmn:incoming></bpmn:endEvent>\n");
    for (int flow = 0; flow <= TASKS; flow++) {
      String source = flow == 0 ? "Start" : "T" + flow;
      String target = flow == TASKS ? "End" : "T" + (flow + 1);
      nodes
          .append("<bpmn:sequenceFlow id=\"F")
          .append(flow)
          .append("\" sourceRef=\"")
          .append(source)
          .append("\" targetRef=\"")
          .append(target)
          .append("\"/>\n");
    }
    for (int lane = 1; lane < LANES; lane++) {
      lanes
          .append("<bpmn:lane id=\"Lane_")
          .append(lane)
          .append("\" name=\"Team ")
          .append(lane)
          .append("\" loop:role=\"performer\" loop:party=\"group:team-")
          .append(lane)
          .append("\">")
          .append(refs.get(lane))
          .append("</bpmn:lane>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\""
        + " xmlns:loop=\"http://actionloop.dev/schema/bpmn/1.0\" id=\"Definitions_Bench\""
        + " targetNamespace=\"http://actionloop.dev/bench\">\n"
        + "<bpmn:process id=\"Bench\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">\n"
        + "<bpmn:laneSet id=\"LaneSet\">\n"
        + lanes
        + "</bpmn:laneSet>\n"
        + nodes
        + "</bpmn:process>\n</bpmn:definitions>\n";
  }
}
