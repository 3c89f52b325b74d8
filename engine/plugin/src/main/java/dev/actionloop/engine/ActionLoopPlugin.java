package dev.actionloop.engine;

import dev.actionloop.engine.impl.ActionLoopRegistry;
import dev.actionloop.engine.impl.LoopConfig;
import dev.actionloop.engine.impl.SchemaMigration;
import dev.actionloop.engine.impl.Wiring;
import dev.actionloop.model.validation.RuleCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

/**
 * The ActionLoop engine plugin: gates every task that has a customer until the customer accepts it.
 * Add it to any Camunda 7.24 engine configuration; it only registers things:
 *
 * <pre>{@code
 * configuration.getProcessEnginePlugins().add(new ActionLoopPlugin());
 * LoopService loops = ActionLoop.of(engine).loops();
 * }</pre>
 *
 * See docs/loop.md for the loop and docs/audit.md for the act log.
 */
public class ActionLoopPlugin implements ProcessEnginePlugin {

  private Set<String> adminGroups = Set.of(Groups.CAMUNDA_ADMIN);
  private String systemActor = "actionloop";
  private boolean migrateSchema = true;
  private boolean validateModels = true;
  private boolean refuseInterruptingEvents = true;
  private Wiring wiring;

  /** Groups whose members may override a loop with a reason. Default: {@code camunda-admin}. */
  public ActionLoopPlugin setAdminGroups(Set<String> adminGroups) {
    this.adminGroups = Set.copyOf(adminGroups);
    return this;
  }

  /** The actor recorded for acts the engine performs itself (missed deadlines). */
  public ActionLoopPlugin setSystemActor(String systemActor) {
    this.systemActor = systemActor;
    return this;
  }

  /**
   * Whether the plugin creates and migrates its tables (Flyway) when the engine starts. Default
   * true; turn off when a DBA applies the scripts in {@code dev/actionloop/engine/db/migration}.
   */
  public ActionLoopPlugin setMigrateSchema(boolean migrateSchema) {
    this.migrateSchema = migrateSchema;
    return this;
  }

  /**
   * Whether new deployments are checked against the model rules of docs/rules.md (errors refuse the
   * deployment with a parse error listing code and element). Default true.
   */
  public ActionLoopPlugin setValidateModels(boolean validateModels) {
    this.validateModels = validateModels;
    return this;
  }

  /**
   * Whether the deploy-time check refuses a model in which an event could take the token from a
   * gated task before its customer accepts: {@code loop/interrupting-event} and {@code
   * loop/multi-instance-completion} of docs/rules.md. Default true. Turned off, such models deploy
   * and the engine's backstop still refuses every attempt at run time (the timer job fails into an
   * incident, the correlation throws), so the work stays gated; this exists to test that backstop,
   * not for production models. No effect when {@link #setValidateModels} is off.
   */
  public ActionLoopPlugin setRefuseInterruptingEvents(boolean refuseInterruptingEvents) {
    this.refuseInterruptingEvents = refuseInterruptingEvents;
    return this;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    wiring = new Wiring(new LoopConfig(adminGroups, systemActor));
    registerParseListener(configuration);
    registerCommandInterceptors(configuration);
    registerSession(configuration);
    registerDeadlineJobs(configuration);
    if (validateModels) {
      registerModelRules(configuration);
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (migrateSchema) {
      SchemaMigration.migrate(configuration.getDataSource());
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    ActionLoopRegistry.register(
        engine, wiring.services(configuration.getCommandExecutorTxRequired()));
  }

  private void registerParseListener(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(wiring.parseListener());
  }

  /** Inside the command context (post), for both transaction modes. */
  private void registerCommandInterceptors(ProcessEngineConfigurationImpl configuration) {
    CommandInterceptor txRequired = wiring.commandInterceptor();
    List<CommandInterceptor> required = configuration.getCustomPostCommandInterceptorsTxRequired();
    if (required == null) {
      required = new ArrayList<>();
      configuration.setCustomPostCommandInterceptorsTxRequired(required);
    }
    required.add(txRequired);
    required.add(wiring.engineCloseHook()); // drops the engine from ActionLoop.of when it closes
    List<CommandInterceptor> requiresNew =
        configuration.getCustomPostCommandInterceptorsTxRequiresNew();
    if (requiresNew == null) {
      requiresNew = new ArrayList<>();
      configuration.setCustomPostCommandInterceptorsTxRequiresNew(requiresNew);
    }
    requiresNew.add(wiring.commandInterceptor());
  }

  private void registerModelRules(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPreDeployers();
    if (deployers == null) {
      deployers = new ArrayList<>();
      configuration.setCustomPreDeployers(deployers);
    }
    deployers.add(
        wiring.modelRulesDeployer(
            refuseInterruptingEvents
                ? Set.of()
                : Set.of(RuleCodes.INTERRUPTING_EVENT, RuleCodes.MULTI_INSTANCE_COMPLETION)));
  }

  private void registerSession(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories();
    if (factories == null) {
      factories = new ArrayList<>();
      configuration.setCustomSessionFactories(factories);
    }
    factories.add(wiring.sessionFactory());
  }

  private void registerDeadlineJobs(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = configuration.getCustomJobHandlers();
    if (handlers == null) {
      handlers = new ArrayList<>();
      configuration.setCustomJobHandlers(handlers);
    }
    handlers.add(wiring.deadlineJobHandler());
  }
}
