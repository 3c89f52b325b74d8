package dev.actionloop.engine.impl;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Drops the engine's ActionLoop services from the {@link ActionLoopRegistry} when it closes.
 * Camunda has no close callback for plugins, but {@code ProcessEngine.close()} always runs its
 * (package-private) {@code SchemaOperationProcessEngineClose} command through the schema-operations
 * executor, which by default is the tx-required executor this interceptor sits in.
 * ActionLoopRegistryTest fails if a Camunda upgrade changes that.
 */
final class EngineCloseHook extends CommandInterceptor {

  private static final String CLOSE_COMMAND =
      "org.camunda.bpm.engine.impl.SchemaOperationProcessEngineClose";

  @Override
  public <T> T execute(Command<T> command) {
    if (!CLOSE_COMMAND.equals(command.getClass().getName())) {
      return next.execute(command);
    }
    ProcessEngineConfiguration configuration = Context.getProcessEngineConfiguration();
    try {
      return next.execute(command);
    } finally {
      ActionLoopRegistry.closed(configuration);
    }
  }
}
