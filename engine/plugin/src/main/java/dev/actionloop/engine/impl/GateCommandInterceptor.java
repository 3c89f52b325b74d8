package dev.actionloop.engine.impl;

import dev.actionloop.engine.LoopException;
import dev.actionloop.engine.LoopState;
import dev.actionloop.engine.LoopStateException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Sits inside the command context and turns Camunda's own ways of finishing a gated task into an
 * ActionLoop act: completing a task (Java API, REST, Tasklist, form submit, external task worker)
 * means "declared done" and never moves the token. Refuses process instance modification of an
 * instance with an open loop, and a worker's BPMN error on a gated external task. Commands on tasks
 * without a loop pass untouched.
 *
 * <p>Task ids are read from Camunda's command objects by reflection (7.24 is the last community
 * release, so they will not change under us); if a field is missing the command is refused.
 */
public final class GateCommandInterceptor extends CommandInterceptor {

  private final PerformerActs acts;

  GateCommandInterceptor(PerformerActs acts) {
    this.acts = acts;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null) {
      return next.execute(command);
    }
    if (command instanceof ResolveTaskCmd) {
      // resolving a delegated task hands it back to its owner; it never moves the token
      return next.execute(command);
    }
    if (command instanceof CompleteTaskCmd) {
      String taskId = field(command, CompleteTaskCmd.class, "taskId");
      if (isHeld(taskId, false)) {
        Map<String, Object> variables = field(command, CompleteTaskCmd.class, "variables");
        acts.declareByComplete(taskId, variables, null);
        return null;
      }
    } else if (command instanceof SubmitTaskFormCmd) {
      String taskId = field(command, SubmitTaskFormCmd.class, "taskId");
      if (isHeld(taskId, false)) {
        Map<String, Object> variables = field(command, SubmitTaskFormCmd.class, "properties");
        acts.declareByComplete(taskId, variables, null);
        return null;
      }
    } else if (command instanceof CompleteExternalTaskCmd) {
      String taskId = field(command, ExternalTaskCmd.class, "externalTaskId");
      if (isHeld(taskId, true)) {
        requireLockedBy(taskId, field(command, HandleExternalTaskCmd.class, "workerId"));
        Map<String, Object> variables = field(command, CompleteExternalTaskCmd.class, "variables");
        Map<String, Object> local = field(command, CompleteExternalTaskCmd.class, "localVariables");
        acts.declareByComplete(taskId, variables, local);
        return null;
      }
    } else if (command instanceof HandleExternalTaskBpmnErrorCmd) {
      String taskId = field(command, ExternalTaskCmd.class, "externalTaskId");
      if (taskId != null && LoopSession.current().loop(taskId) != null) {
        throw new LoopStateException(
            "external task "
                + taskId
                + " is gated by ActionLoop: a worker cannot leave it with a BPMN error; the"
                + " customer cancels or the performer releases it");
      }
    } else if (command instanceof ModifyProcessInstanceCmd) {
      ProcessInstanceModificationBuilderImpl builder =
          field(command, ModifyProcessInstanceCmd.class, "builder");
      refuseIfOpenLoops(List.of(builder.getProcessInstanceId()));
    } else if (command instanceof ModifyProcessInstanceAsyncCmd) {
      // refused when the batch would be created: its jobs run the modification without passing here
      ProcessInstanceModificationBuilderImpl builder =
          field(command, ModifyProcessInstanceAsyncCmd.class, "builder");
      refuseIfOpenLoops(List.of(builder.getProcessInstanceId()));
    } else if (command instanceof AbstractModificationCmd) {
      // createModification(...).execute() and .executeAsync() (the batch, before it exists)
      refuseIfOpenLoops(modifiedInstances(command));
    }
    return next.execute(command);
  }

  /**
   * Whether completing this task must become a declare: it has a loop, and no administrator has
   * overridden it while leaving the token in place (then Camunda's own complete may move it).
   */
  private static boolean isHeld(String taskId, boolean external) {
    if (taskId == null || isOfUngatedActivity(taskId, external)) {
      return false;
    }
    LoopRow loop = LoopSession.current().loop(taskId);
    return loop != null && loop.state != LoopState.OVERRIDDEN;
  }

  /**
   * Whether the task's activity is known not to be gated (from the deployed definition, which the
   * command loads anyway), so completing tasks of plain models never reads our tables. When in
   * doubt (no task, no execution, no activity) the loop table decides.
   */
  private static boolean isOfUngatedActivity(String taskId, boolean external) {
    CommandContext cc = Context.getCommandContext();
    ExecutionEntity execution;
    if (external) {
      ExternalTaskEntity task = cc.getExternalTaskManager().findExternalTaskById(taskId);
      execution = task == null ? null : task.getExecution();
    } else {
      TaskEntity task = cc.getTaskManager().findTaskById(taskId);
      if (task != null && task.getExecutionId() == null) {
        return true; // a standalone task belongs to no process, so to no gate
      }
      execution = task == null ? null : task.getExecution();
    }
    return execution != null
        && execution.getActivity() != null
        && GateDefinition.of(execution.getActivity()) == null;
  }

  private static void requireLockedBy(String externalTaskId, String workerId) {
    ExternalTaskEntity task = TaskControl.externalTask(externalTaskId);
    Date expires = task.getLockExpirationTime();
    if (workerId == null
        || !workerId.equals(task.getWorkerId())
        || expires == null
        || expires.before(ClockUtil.getCurrentTime())) {
      throw new BadUserRequestException(
          "External Task "
              + externalTaskId
              + " cannot be completed by worker '"
              + workerId
              + "'. It is locked by worker '"
              + task.getWorkerId()
              + "'.");
    }
  }

  private static void refuseIfOpenLoops(Collection<String> processInstanceIds) {
    for (String pi : processInstanceIds) {
      long open =
          LoopStore.count(
              "SELECT COUNT(*) FROM loop_task WHERE proc_inst_id=? AND state NOT IN"
                  + " ('ACCEPTED','CANCELLED','RELEASED','OVERRIDDEN')",
              List.of(pi));
      if (open > 0) {
        throw new LoopStateException(
            "process instance "
                + pi
                + " has "
                + open
                + " open ActionLoop loop(s): modifying it could move work past a gate; an"
                + " administrator overrides those loops first (with a reason)");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Collection<String> modifiedInstances(Object command) {
    try {
      Method collect = AbstractModificationCmd.class.getDeclaredMethod("collectProcessInstanceIds");
      collect.setAccessible(true);
      return (Collection<String>) collect.invoke(command);
    } catch (ReflectiveOperationException e) {
      throw new LoopException(
          "ActionLoop cannot tell which instances a modification touches; refused");
    }
  }

  @SuppressWarnings("unchecked")
  private static <V> V field(Object command, Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return (V) f.get(command);
    } catch (ReflectiveOperationException e) {
      throw new LoopException(
          "ActionLoop cannot read "
              + owner.getSimpleName()
              + "."
              + name
              + " on this Camunda"
              + " version; refusing the command rather than letting it pass the gate");
    }
  }
}
