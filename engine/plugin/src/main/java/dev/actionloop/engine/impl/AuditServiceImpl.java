package dev.actionloop.engine.impl;

import dev.actionloop.engine.Act;
import dev.actionloop.engine.AuditService;
import dev.actionloop.engine.ChainHead;
import dev.actionloop.engine.ChainVerification;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Reads the act log in engine commands (same connection handling as the acts). */
final class AuditServiceImpl implements AuditService {

  private final CommandExecutor executor;

  AuditServiceImpl(CommandExecutor executor) {
    this.executor = executor;
  }

  @Override
  public List<Act> transcript(String processInstanceId) {
    return executor.execute(cc -> ActLog.transcript(processInstanceId));
  }

  @Override
  public ChainHead chainHead(String processInstanceId) {
    return executor.execute(
        cc -> {
          String[] head = ActLog.head(processInstanceId);
          return head == null
              ? null
              : new ChainHead(processInstanceId, Long.parseLong(head[0]), head[1]);
        });
  }

  @Override
  public ChainVerification verify(String processInstanceId) {
    return executor.execute(cc -> ActLog.verify(processInstanceId));
  }
}
