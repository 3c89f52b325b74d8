package dev.actionloop.engine.bench;

import dev.actionloop.engine.ActionLoopPlugin;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/** Builds the two engines of a comparison with identical settings; only the plugin differs. */
final class BenchEngines {
  private BenchEngines() {}

  static ProcessEngine build(String name, DataSource dataSource, boolean actionLoop) {
    ProcessEngineConfigurationImpl cfg = new StandaloneProcessEngineConfiguration();
    cfg.setProcessEngineName(name);
    cfg.setDataSource(dataSource);
    cfg.setDatabaseSchemaUpdate("true");
    // Set explicitly: the in-memory configuration defaults to AUDIT, and the removal-time strategy
    // alone moves throughput by a third (DESIGN.md, "Measuring fairly").
    cfg.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
    cfg.setHistoryRemovalTimeStrategy(
        ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
    cfg.setJobExecutorActivate(false);
    if (actionLoop) {
      cfg.getProcessEnginePlugins().add(new ActionLoopPlugin());
    }
    return cfg.buildProcessEngine();
  }
}
