package dev.actionloop.engine.impl;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/** Fires promise-within and accept-within deadlines (timer jobs on the task's execution). */
final class DeadlineJobHandler implements JobHandler<DeadlineJobHandler.Config> {

  static final String TYPE = "actionloop-deadline";
  static final String PROMISE = "promise";
  static final String ACCEPT = "accept";

  /** Which loop, which deadline, and for accept the round it was set in. */
  record Config(String taskId, String kind, int round) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return kind + "|" + round + "|" + taskId;
    }

    static Config parse(String text) {
      String[] parts = text.split("\\|", 3);
      return new Config(parts[2], parts[0], Integer.parseInt(parts[1]));
    }
  }

  private final DeadlineActs acts;

  DeadlineJobHandler(DeadlineActs acts) {
    this.acts = acts;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(
      Config config, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    acts.deadline(config);
  }

  @Override
  public Config newConfiguration(String canonicalString) {
    return Config.parse(canonicalString);
  }

  @Override
  public void onDelete(Config configuration, JobEntity jobEntity) {
    // nothing kept outside the job
  }
}
