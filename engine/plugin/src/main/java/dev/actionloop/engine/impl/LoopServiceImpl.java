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
  private final PerformerActs performer;
  private final CustomerActs customer;
  private final AdminActs admin;

  LoopServiceImpl(
      CommandExecutor executor, PerformerActs performer, CustomerActs customer, AdminActs admin) {
    this.executor = executor;
    this.performer = performer;
    this.customer = customer;
    this.admin = admin;
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
    run(() -> performer.promise(taskId, due, comment));
  }

  @Override
  public void decline(String taskId, String reason) {
    run(() -> performer.decline(taskId, reason));
  }

  @Override
  public void counterOffer(String taskId, CounterOffer offer) {
    run(() -> performer.counterOffer(taskId, offer));
  }

  @Override
  public void acceptCounterOffer(String taskId, String comment) {
    run(() -> customer.acceptCounterOffer(taskId, comment));
  }

  @Override
  public void refuseCounterOffer(String taskId, String reason) {
    run(() -> customer.refuseCounterOffer(taskId, reason));
  }

  @Override
  public void rerequest(String taskId, String comment) {
    run(() -> customer.rerequest(taskId, comment));
  }

  @Override
  public void declare(String taskId, Map<String, Boolean> selfCheck, String evidence) {
    run(() -> performer.declare(taskId, selfCheck, evidence));
  }

  @Override
  public void accept(String taskId, Map<String, Boolean> confirmations, String comment) {
    run(() -> customer.accept(taskId, confirmations, comment));
  }

  @Override
  public void reject(String taskId, String reason, Set<String> failedConditions) {
    run(() -> customer.reject(taskId, reason, failedConditions));
  }

  @Override
  public void cancel(String taskId, String reason) {
    run(() -> customer.cancel(taskId, reason));
  }

  @Override
  public void release(String taskId, String reason) {
    run(() -> performer.release(taskId, reason));
  }

  @Override
  public void override(String taskId, String reason) {
    override(taskId, reason, true);
  }

  @Override
  public void override(String taskId, String reason, boolean completeTask) {
    run(() -> admin.override(taskId, reason, completeTask));
  }

  @Override
  public Loop getLoop(String taskId) {
    return executor.execute(cc -> Loops.toLoop(LoopChecks.load(taskId)));
  }

  @Override
  public LoopQuery createLoopQuery() {
    return new LoopQueryImpl(executor);
  }
}
