package dev.actionloop.engine.impl;

import dev.actionloop.engine.LoopNotFoundException;
import dev.actionloop.engine.LoopStateException;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnExceptionHandler;
import org.camunda.bpm.engine.impl.bpmn.helper.EscalationHandler;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/** What an act does to the engine: move the token on, raise errors and escalations, timers. */
final class TaskControl {

  /** External tasks that wait for their customer stay locked this long (until reject/cancel). */
  private static final Date LOCKED_WHILE_DECLARED = new Date(253402214400000L); // 9999-12-31

  private TaskControl() {}

  private static CommandContext cc() {
    return Context.getCommandContext();
  }

  static TaskEntity userTask(String taskId) {
    TaskEntity task = cc().getTaskManager().findTaskById(taskId);
    if (task == null) {
      throw new LoopNotFoundException("task " + taskId + " no longer exists");
    }
    return task;
  }

  static ExternalTaskEntity externalTask(String taskId) {
    ExternalTaskEntity task = cc().getExternalTaskManager().findExternalTaskById(taskId);
    if (task == null) {
      throw new LoopNotFoundException("external task " + taskId + " no longer exists");
    }
    return task;
  }

  /**
   * The execution the task lives in now. Taken from the task, not from the id stored at creation:
   * Camunda may replace a task's execution when the execution tree changes around it.
   */
  static ExecutionEntity execution(LoopRow loop) {
    ExecutionEntity execution =
        loop.isExternal()
            ? externalTask(loop.taskId).getExecution()
            : (ExecutionEntity) userTask(loop.taskId).getExecution();
    if (execution == null) {
      throw new LoopNotFoundException("execution of task " + loop.taskId + " no longer exists");
    }
    return execution;
  }

  /** Refuses acts on a suspended task or instance, as Camunda does for its own task commands. */
  static void requireActive(LoopRow loop) {
    boolean suspended =
        loop.isExternal()
            ? externalTask(loop.taskId).isSuspended()
            : userTask(loop.taskId).isSuspended();
    if (suspended) {
      throw new LoopStateException("task " + loop.taskId + " is suspended");
    }
  }

  /** Completes the task internally; the gate lets this activity instance go in this command. */
  static void complete(LoopRow loop) {
    LoopSession.current().release(loop.activityInstanceId);
    if (loop.isExternal()) {
      externalTask(loop.taskId).complete(null, null);
    } else {
      userTask(loop.taskId).complete();
    }
  }

  /** Throws the loop's BPMN error on the task's execution; a boundary error event catches it. */
  static void throwError(LoopRow loop, String code, String message) {
    LoopSession.current().release(loop.activityInstanceId);
    try {
      BpmnExceptionHandler.propagateError(code, message, null, execution(loop));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ProcessEngineException("ActionLoop: could not raise " + code, e);
    }
  }

  /** Raises a BPMN escalation from the task; nothing happens when nothing catches it. */
  static void escalate(LoopRow loop, String code) {
    EscalationHandler.executeEscalation(execution(loop), code);
  }

  /** Keeps a declared external task away from workers while the customer decides. */
  static void holdExternal(LoopRow loop) {
    if (loop.isExternal()) {
      externalTask(loop.taskId).setLockExpirationTime(LOCKED_WHILE_DECLARED);
    }
  }

  /** Lets workers fetch the external task again (after a reject). */
  static void releaseExternal(LoopRow loop) {
    if (loop.isExternal()) {
      externalTask(loop.taskId).unlock();
    }
  }

  static String scheduleDeadline(LoopRow loop, String kind, long dueMs) {
    TimerEntity timer = new TimerEntity();
    timer.setJobHandlerType(DeadlineJobHandler.TYPE);
    timer.setJobHandlerConfiguration(new DeadlineJobHandler.Config(loop.taskId, kind, loop.round));
    timer.setDuedate(new Date(dueMs));
    timer.setExecution(execution(loop));
    cc().getJobManager().schedule(timer);
    return timer.getId();
  }

  static void deleteJob(String jobId) {
    if (jobId == null) {
      return;
    }
    JobEntity job = cc().getJobManager().findJobById(jobId);
    if (job != null) {
      job.delete();
    }
  }

  static void setVariables(LoopRow loop, Map<String, Object> variables, Map<String, Object> local) {
    if (loop.isExternal()) {
      ExecutionEntity execution = execution(loop);
      if (variables != null) {
        execution.setVariables(variables);
      }
      if (local != null) {
        execution.setVariablesLocal(local);
      }
    } else if (variables != null) {
      userTask(loop.taskId).setExecutionVariables(variables);
    }
  }
}
