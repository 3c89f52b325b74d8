package dev.actionloop.engine.impl;

import dev.actionloop.engine.CounterOffer;
import dev.actionloop.engine.Loop;
import dev.actionloop.engine.LoopQuery;
import dev.actionloop.engine.LoopService;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Runs every act as one engine command, so checks, state change and act share a transaction. */
final class LoopServiceImpl implements LoopService {

  private final CommandExecutor executor;
  private final LoopActs acts;

  LoopServiceImpl(CommandExecutor executor, LoopActs acts) {
    this.executor = executor;
    this.acts = acts;
  }

  private void run(Runnable act) {
    executor.execute(
        cc -> {
          act.run();
          return null;
        });
  }

  @Override
  public void promise(String taskId, Instant due, String comment) {
    run(() -> acts.promise(taskId, due, comment));
  }

  @Override
  public void decline(String taskId, String reason) {
    run(() -> acts.decline(taskId, reason));
  }

  @Override
  public void counterOffer(String taskId, CounterOffer offer) {
    run(() -> acts.counterOffer(taskId, offer));
  }

  @Override
  public void acceptCounterOffer(String taskId, String comment) {
    run(() -> acts.acceptCounterOffer(taskId, comment));
  }

  @Override
  public void refuseCounterOffer(String taskId, String reason) {
    run(() -> acts.refuseCounterOffer(taskId, reason));
  }

  @Override
  public void rerequest(String taskId, String comment) {
    run(() -> acts.rerequest(taskId, comment));
  }

  @Override
  public void declare(String taskId, Map<String, Boolean> selfCheck, String evidence) {
    run(() -> acts.declare(taskId, selfCheck, evidence));
  }

  @Override
  public void accept(String taskId, Map<String, Boolean> confirmations, String comment) {
    run(() -> acts.accept(taskId, confirmations, comment));
  }

  @Override
  public void reject(String taskId, String reason, Set<String> failedConditions) {
    run(() -> acts.reject(taskId, reason, failedConditions));
  }

  @Override
  public void cancel(String taskId, String reason) {
    run(() -> acts.cancel(taskId, reason));
  }

  @Override
  public void release(String taskId, String reason) {
    run(() -> acts.release(taskId, reason));
  }

  @Override
  public void override(String taskId, String reason) {
    override(taskId, reason, true);
  }

  @Override
  public void override(String taskId, String reason, boolean completeTask) {
    run(() -> acts.override(taskId, reason, completeTask));
  }

  @Override
  public Loop getLoop(String taskId) {
    return executor.execute(cc -> Loops.toLoop(LoopActs.load(taskId)));
  }

  @Override
  public LoopQuery createLoopQuery() {
    return new LoopQueryImpl(executor);
  }
}
