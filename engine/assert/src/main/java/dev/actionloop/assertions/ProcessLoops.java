package dev.actionloop.assertions;

import dev.actionloop.engine.Loop;
import java.util.List;

/**
 * The loops of one process instance, as read when {@link LoopAssertions#loopsOf(String)} was
 * called.
 */
public record ProcessLoops(String processInstanceId, List<Loop> loops) {
  public ProcessLoops {
    loops = List.copyOf(loops);
  }
}
