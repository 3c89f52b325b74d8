package dev.actionloop.server.metrics;

import dev.actionloop.engine.Act;
import dev.actionloop.engine.ActType;
import dev.actionloop.engine.Loop;
import dev.actionloop.engine.LoopService;
import dev.actionloop.engine.LoopState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Loop metrics: {@code actionloop.acts} (counter, tag {@code type}) and {@code
 * actionloop.rejections} count the acts performed through this node's API; {@code
 * actionloop.declare.to.accept} (timer) measures from the last declare to the accept; {@code
 * actionloop.loops.open} (gauge, tag {@code state}) counts open loops in the whole database.
 */
@Component
public class LoopMetrics {

  private final MeterRegistry registry;
  private final Timer declareToAccept;

  public LoopMetrics(MeterRegistry registry, LoopService loops) {
    this.registry = registry;
    this.declareToAccept =
        Timer.builder("actionloop.declare.to.accept")
            .description("Time from the performer's last declare to the customer's accept")
            .register(registry);
    for (LoopState state : LoopState.values()) {
      if (!state.isFinal()) {
        Gauge.builder("actionloop.loops.open", loops, service -> count(service, state))
            .description("Open loops by state")
            .tag("state", state.name().toLowerCase(Locale.ROOT))
            .register(registry);
      }
    }
  }

  /** Records an act that the engine has just accepted. */
  public void acted(ActType type, Loop loop, Supplier<List<Act>> transcript) {
    registry.counter("actionloop.acts", "type", type.name().toLowerCase(Locale.ROOT)).increment();
    if (type == ActType.REJECT) {
      registry.counter("actionloop.rejections").increment();
    }
    if (type == ActType.ACCEPT) {
      Instant declared = null;
      for (Act act : transcript.get()) {
        if (act.type() == ActType.DECLARE && loop.taskId().equals(act.taskId())) {
          declared = act.time();
        }
      }
      if (declared != null) {
        declareToAccept.record(Duration.between(declared, Instant.now()));
      }
    }
  }

  private static double count(LoopService loops, LoopState state) {
    try {
      return loops.createLoopQuery().state(state).count();
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }
}
