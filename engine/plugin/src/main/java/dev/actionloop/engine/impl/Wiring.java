package dev.actionloop.engine.impl;

import dev.actionloop.engine.ActionLoop;
import java.util.Set;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

/** The parts the plugin registers, built once per engine from its configuration. */
public final class Wiring {

  private final LoopConfig config;
  private final PerformerActs performerActs = new PerformerActs();
  private final GateBackstop backstop;

  public Wiring(LoopConfig config) {
    this.config = config;
    this.backstop = new GateBackstop(new LoopCreation(config));
  }

  public LoopParseListener parseListener() {
    return new LoopParseListener(backstop);
  }

  public CommandInterceptor commandInterceptor() {
    return new GateCommandInterceptor(performerActs);
  }

  public CommandInterceptor engineCloseHook() {
    return new EngineCloseHook();
  }

  /** The deploy-time rules check; findings with one of the ignored codes do not refuse. */
  public Deployer modelRulesDeployer(Set<String> ignoredCodes) {
    return new ModelRulesDeployer(ignoredCodes);
  }

  public SessionFactory sessionFactory() {
    return new LoopSession.Factory();
  }

  public JobHandler<?> deadlineJobHandler() {
    return new DeadlineJobHandler(new DeadlineActs(config));
  }

  public ActionLoop services(CommandExecutor executor) {
    return new ActionLoopServices(
        new LoopServiceImpl(executor, performerActs, new CustomerActs(), new AdminActs(config)),
        new AuditServiceImpl(executor));
  }
}
