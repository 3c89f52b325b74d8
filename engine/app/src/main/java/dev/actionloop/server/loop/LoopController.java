package dev.actionloop.server.loop;

import dev.actionloop.engine.Act;
import dev.actionloop.engine.ActType;
import dev.actionloop.engine.AuditService;
import dev.actionloop.engine.Condition;
import dev.actionloop.engine.CounterOffer;
import dev.actionloop.engine.Loop;
import dev.actionloop.engine.LoopNotFoundException;
import dev.actionloop.engine.LoopQuery;
import dev.actionloop.engine.LoopService;
import dev.actionloop.engine.LoopState;
import dev.actionloop.server.deploy.ExpressionPolicy;
import dev.actionloop.server.metrics.LoopMetrics;
import dev.actionloop.server.security.Roles;
import dev.actionloop.server.web.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's loops and their acts. The engine decides who may perform an act (it reads the
 * identity set for the request); this controller only hides loops the caller is no party to.
 */
@RestController
class LoopController {

  private final LoopService loops;
  private final AuditService audit;
  private final ExpressionPolicy expressions;
  private final LoopMetrics metrics;

  LoopController(
      LoopService loops, AuditService audit, ExpressionPolicy expressions, LoopMetrics metrics) {
    this.loops = loops;
    this.audit = audit;
    this.expressions = expressions;
    this.metrics = metrics;
  }

  /**
   * Loops where the caller is the customer or a performer, optionally by role, state and process
   * instance.
   */
  @GetMapping("/api/loops")
  List<LoopView> list(
      @RequestParam(required = false) String role,
      @RequestParam(required = false) List<String> state,
      @RequestParam(required = false) String instance) {
    LoopState[] states = state == null ? null : states(state);
    Map<String, LoopView> found = new LinkedHashMap<>();
    if (role == null || role.equals("customer")) {
      query(loops.createLoopQuery().asCustomer(), states, instance)
          .forEach(l -> found.put(l.taskId(), l));
    }
    if (role == null || role.equals("performer")) {
      query(loops.createLoopQuery().asPerformer(), states, instance)
          .forEach(l -> found.put(l.taskId(), l));
    }
    if (role != null && !role.equals("customer") && !role.equals("performer")) {
      throw ApiException.badRequest("role must be customer or performer, not '" + role + "'.");
    }
    return List.copyOf(found.values());
  }

  @GetMapping("/api/loops/{taskId}")
  LoopView get(@PathVariable String taskId, Authentication user) {
    Loop loop = visibleLoop(taskId, user);
    return LoopView.of(loop, history(loop));
  }

  @PostMapping("/api/loops/{taskId}/{act}")
  ResponseEntity<LoopView> act(
      @PathVariable String taskId,
      @PathVariable String act,
      @RequestBody(required = false) ActRequest body,
      Authentication user) {
    ActType type = actType(act);
    ActRequest request = body == null ? ActRequest.EMPTY : body;
    Loop before = visibleLoop(taskId, user);
    perform(type, taskId, request);
    metrics.acted(type, before, () -> audit.transcript(before.processInstanceId()));
    try {
      Loop after = loops.getLoop(taskId);
      return ResponseEntity.ok(LoopView.of(after, history(after)));
    } catch (LoopNotFoundException finished) {
      return ResponseEntity.noContent().build();
    }
  }

  private void perform(ActType type, String taskId, ActRequest r) {
    switch (type) {
      case PROMISE -> loops.promise(taskId, r.due(), r.comment());
      case DECLINE -> loops.decline(taskId, reason(r, "decline"));
      case COUNTER_OFFER -> loops.counterOffer(taskId, counterOffer(r));
      case ACCEPT_COUNTER_OFFER -> loops.acceptCounterOffer(taskId, r.comment());
      case REFUSE_COUNTER_OFFER -> loops.refuseCounterOffer(taskId, reason(r, "refuse"));
      case REREQUEST -> loops.rerequest(taskId, r.comment());
      case DECLARE -> loops.declare(taskId, verdicts(r), r.evidence());
      case ACCEPT -> loops.accept(taskId, verdicts(r), r.comment());
      case REJECT ->
          loops.reject(
              taskId,
              reason(r, "reject"),
              r.failedConditions() == null ? Set.of() : r.failedConditions());
      case CANCEL -> loops.cancel(taskId, reason(r, "cancel"));
      case RELEASE -> loops.release(taskId, reason(r, "release"));
      case OVERRIDE -> loops.override(taskId, reason(r, "override"));
      default -> throw new IllegalStateException("not an API act: " + type);
    }
  }

  /** The URL names of the acts, e.g. {@code accept-counter-offer}. */
  static final Map<String, ActType> ACTS =
      Map.ofEntries(
          Map.entry("promise", ActType.PROMISE),
          Map.entry("decline", ActType.DECLINE),
          Map.entry("counter-offer", ActType.COUNTER_OFFER),
          Map.entry("accept-counter-offer", ActType.ACCEPT_COUNTER_OFFER),
          Map.entry("refuse-counter-offer", ActType.REFUSE_COUNTER_OFFER),
          Map.entry("rerequest", ActType.REREQUEST),
          Map.entry("declare", ActType.DECLARE),
          Map.entry("accept", ActType.ACCEPT),
          Map.entry("reject", ActType.REJECT),
          Map.entry("cancel", ActType.CANCEL),
          Map.entry("release", ActType.RELEASE),
          Map.entry("override", ActType.OVERRIDE));

  private static ActType actType(String act) {
    ActType type = ACTS.get(act);
    if (type == null) {
      throw ApiException.notFound(
          "There is no act '" + act + "'. Acts: " + String.join(", ", ACTS.keySet()) + ".");
    }
    return type;
  }

  private static String reason(ActRequest request, String act) {
    if (request.reason() == null || request.reason().isBlank()) {
      throw ApiException.badRequest("A reason is required to " + act + ".");
    }
    return request.reason();
  }

  private static Map<String, Boolean> verdicts(ActRequest request) {
    return request.verdicts() == null ? Map.of() : request.verdicts();
  }

  /** Proposed conditions may carry check expressions: they are code, so the allowlist applies. */
  private CounterOffer counterOffer(ActRequest request) {
    if (request.conditions() != null) {
      for (Condition condition : request.conditions()) {
        if (condition.check() != null && !condition.check().isBlank()) {
          List<String> problems = expressions.problems(condition.check());
          if (!problems.isEmpty()) {
            throw ApiException.badRequest(
                "The check of condition "
                    + condition.id()
                    + " is refused: "
                    + String.join("; ", problems)
                    + ".");
          }
        }
      }
    }
    return new CounterOffer(request.due(), request.conditions(), request.comment());
  }

  /** The loop, or 404 alike for unknown tasks and for loops the caller is no party to. */
  private Loop visibleLoop(String taskId, Authentication user) {
    Loop loop;
    try {
      loop = loops.getLoop(taskId);
    } catch (LoopNotFoundException e) {
      throw notFound(taskId);
    }
    List<String> groups = Roles.groups(user.getAuthorities());
    boolean party =
        (loop.customer() != null && loop.customer().includes(user.getName(), groups))
            || (loop.performer() != null && loop.performer().includes(user.getName(), groups))
            || user.getName().equals(loop.promisedBy())
            || user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    if (!party) {
      throw notFound(taskId);
    }
    return loop;
  }

  private static ApiException notFound(String taskId) {
    return new ApiException(
        HttpStatus.NOT_FOUND, "No loop " + taskId + " among the loops you take part in.");
  }

  private List<Act> history(Loop loop) {
    List<Act> acts = new ArrayList<>();
    for (Act act : audit.transcript(loop.processInstanceId())) {
      if (loop.taskId().equals(act.taskId())) {
        acts.add(act);
      }
    }
    return acts;
  }

  private static List<LoopView> query(LoopQuery query, LoopState[] states, String instance) {
    if (states != null) {
      query.state(states);
    }
    if (instance != null) {
      query.processInstanceId(instance);
    }
    return query.list().stream().map(loop -> LoopView.of(loop, null)).toList();
  }

  private static LoopState[] states(List<String> names) {
    List<LoopState> states = new ArrayList<>();
    for (String name : names) {
      for (String one : name.split(",")) {
        try {
          states.add(LoopState.valueOf(one.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
          throw ApiException.badRequest(
              "Unknown state '" + one + "'. States: " + List.of(LoopState.values()) + ".");
        }
      }
    }
    return states.toArray(LoopState[]::new);
  }
}
