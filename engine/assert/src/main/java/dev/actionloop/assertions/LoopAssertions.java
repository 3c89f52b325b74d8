package dev.actionloop.assertions;

import dev.actionloop.engine.Loop;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Entry point of the ActionLoop assertions, in the style of camunda-bpm-assert. Statically import
 * its methods next to AssertJ's:
 *
 * <pre>{@code
 * assertThat(loop(taskId)).isDeclared().awaitsAcceptanceBy("alice");
 * assertThat(loop(taskId)).wasRejectedTimes(2).thenAccepted();
 * assertThat(loopsOf(processInstance)).allAccepted();
 * assertThatActs(processInstance).containsExactlyTypes(REQUEST, PROMISE, DECLARE, ACCEPT).chainIntact();
 * }</pre>
 *
 * <p>The engine is the one given to {@link #init(ProcessEngine)}, or else the only engine
 * registered with Camunda's {@link ProcessEngines}.
 */
public final class LoopAssertions {
  private static volatile ProcessEngine engine;
  private static volatile LoopSource source;

  private LoopAssertions() {}

  /** Use this engine (it must run the ActionLoop plugin). */
  public static void init(ProcessEngine processEngine) {
    engine = processEngine;
  }

  /** Forget the engine given to {@link #init}. */
  public static void reset() {
    engine = null;
    source = null;
  }

  /** The loop of a gated task, as it stands now. */
  public static Loop loop(String taskId) {
    return source().loop(taskId);
  }

  public static Loop loop(Task task) {
    return loop(task.getId());
  }

  /** All loops of a process instance, as they stand now. */
  public static ProcessLoops loopsOf(String processInstanceId) {
    return new ProcessLoops(processInstanceId, source().loopsOf(processInstanceId));
  }

  public static ProcessLoops loopsOf(ProcessInstance processInstance) {
    return loopsOf(processInstance.getId());
  }

  public static LoopAssert assertThat(Loop loop) {
    return new LoopAssert(loop, source());
  }

  /**
   * Takes {@link ProcessLoops} rather than a {@code ProcessInstance}, so that it never clashes with
   * camunda-bpm-assert's {@code assertThat(ProcessInstance)} when both are imported.
   */
  public static ProcessLoopsAssert assertThat(ProcessLoops loops) {
    return new ProcessLoopsAssert(loops, source());
  }

  /** Every act of a process instance, in order. */
  public static ActsAssert assertThatActs(String processInstanceId) {
    LoopSource s = source();
    return new ActsAssert(
        s.transcript(processInstanceId),
        processInstanceId,
        s,
        "process instance " + processInstanceId);
  }

  public static ActsAssert assertThatActs(ProcessInstance processInstance) {
    return assertThatActs(processInstance.getId());
  }

  /**
   * For the assertions' own tests: read from a fake instead of an engine ({@code null} to stop).
   */
  static void use(LoopSource fake) {
    source = fake;
  }

  private static LoopSource source() {
    LoopSource fake = source;
    return fake != null ? fake : LoopSource.of(engine());
  }

  private static ProcessEngine engine() {
    ProcessEngine e = engine;
    if (e != null) {
      return e;
    }
    Map<String, ProcessEngine> engines = ProcessEngines.getProcessEngines();
    if (engines.size() == 1) {
      return engines.values().iterator().next();
    }
    throw new IllegalStateException(
        "Found "
            + engines.size()
            + " registered process engines; call LoopAssertions.init(processEngine) first");
  }
}
