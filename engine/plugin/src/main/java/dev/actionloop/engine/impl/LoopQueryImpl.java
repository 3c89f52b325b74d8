package dev.actionloop.engine.impl;

import dev.actionloop.engine.Loop;
import dev.actionloop.engine.LoopException;
import dev.actionloop.engine.LoopQuery;
import dev.actionloop.engine.LoopState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Builds one SQL query over LOOP_TASK; "my" filters use the authenticated user at list time. */
final class LoopQueryImpl implements LoopQuery {

  private final CommandExecutor executor;
  private final List<Filter> filters = new ArrayList<>();

  /** One criterion; {@code mine} when it needs the authenticated user. */
  private record Filter(boolean mine, BiConsumer<Actor, Sql> apply) {}

  private LoopQuery mine(BiConsumer<Actor, Sql> apply) {
    filters.add(new Filter(true, apply));
    return this;
  }

  private LoopQuery any(BiConsumer<Actor, Sql> apply) {
    filters.add(new Filter(false, apply));
    return this;
  }

  LoopQueryImpl(CommandExecutor executor) {
    this.executor = executor;
  }

  /** The WHERE clause being built and its parameters. */
  private static final class Sql {
    final StringBuilder where = new StringBuilder(" WHERE 1=1");
    final List<Object> params = new ArrayList<>();

    void and(String clause, Object... values) {
      where.append(" AND (").append(clause).append(')');
      params.addAll(List.of(values));
    }
  }

  @Override
  public LoopQuery awaitingMyPromise() {
    return mine(
        (me, sql) -> {
          sql.and("t.state='REQUESTED'");
          performer(me, sql);
        });
  }

  @Override
  public LoopQuery myPromises() {
    return mine(
        (me, sql) ->
            sql.and("t.promised_by=? AND t.state IN ('PROMISED','DECLARED')", me.userId()));
  }

  @Override
  public LoopQuery awaitingMyAcceptance() {
    return mine(
        (me, sql) -> {
          sql.and("t.state='DECLARED'");
          member(me, sql, LoopStore.CUSTOMER);
          notActed(me, sql);
        });
  }

  @Override
  public LoopQuery asCustomer() {
    return mine((me, sql) -> member(me, sql, LoopStore.CUSTOMER));
  }

  @Override
  public LoopQuery asPerformer() {
    return mine((me, sql) -> performer(me, sql));
  }

  @Override
  public LoopQuery processDefinitionKey(String key) {
    return any((me, sql) -> sql.and("t.proc_def_key=?", key));
  }

  @Override
  public LoopQuery processInstanceId(String processInstanceId) {
    return any((me, sql) -> sql.and("t.proc_inst_id=?", processInstanceId));
  }

  @Override
  public LoopQuery state(LoopState... states) {
    return any(
        (me, sql) -> {
          if (states.length == 0) {
            sql.and("1=0");
            return;
          }
          List<Object> names = new ArrayList<>();
          for (LoopState s : states) {
            names.add(s.name());
          }
          sql.and("t.state IN (" + marks(names.size()) + ")", names.toArray());
        });
  }

  @Override
  public LoopQuery round(int round) {
    return any((me, sql) -> sql.and("t.round_no=?", round));
  }

  @Override
  public LoopQuery brokenPromises() {
    return any((me, sql) -> sql.and("t.broken_promise=?", true));
  }

  @Override
  public LoopQuery taskId(String taskId) {
    return any((me, sql) -> sql.and("t.task_id=?", taskId));
  }

  @Override
  public LoopQuery activityId(String activityId) {
    return any((me, sql) -> sql.and("t.activity_id=?", activityId));
  }

  @Override
  public List<Loop> list() {
    return executor.execute(
        cc -> {
          Sql sql = build();
          List<LoopRow> rows =
              LoopStore.list(
                  "SELECT t.* FROM loop_task t" + sql.where + " ORDER BY t.created_ms, t.task_id",
                  sql.params);
          return rows.stream().map(Loops::toLoop).toList();
        });
  }

  @Override
  public Loop singleResult() {
    List<Loop> loops = list();
    if (loops.size() > 1) {
      throw new LoopException("query matched " + loops.size() + " loops, expected at most one");
    }
    return loops.isEmpty() ? null : loops.get(0);
  }

  @Override
  public long count() {
    return executor.execute(
        cc -> {
          Sql sql = build();
          return LoopStore.count("SELECT COUNT(*) FROM loop_task t" + sql.where, sql.params);
        });
  }

  private Sql build() {
    Sql sql = new Sql();
    Actor me = filters.stream().anyMatch(Filter::mine) ? Actor.current() : null;
    filters.forEach(f -> f.apply().accept(me, sql));
    return sql;
  }

  /**
   * A performer of the loop: in its performer party, the task's current assignee or candidate (as
   * the act check does), its promiser, or someone who acted as performer.
   */
  private static void performer(Actor me, Sql sql) {
    String prefix = Context.getProcessEngineConfiguration().getDatabaseTablePrefix();
    List<Object> p = new ArrayList<>();
    String member = memberClause(me, LoopStore.PERFORMER, p);
    String assignee =
        "EXISTS (SELECT 1 FROM "
            + prefix
            + "ACT_RU_TASK k WHERE k.ID_=t.task_id AND k.ASSIGNEE_=?)";
    p.add(me.userId());
    StringBuilder candidate =
        new StringBuilder(
            "EXISTS (SELECT 1 FROM "
                + prefix
                + "ACT_RU_IDENTITYLINK l WHERE l.TASK_ID_=t.task_id AND l.TYPE_='candidate'"
                + " AND (l.USER_ID_=?");
    p.add(me.userId());
    if (!me.groups().isEmpty()) {
      candidate.append(" OR l.GROUP_ID_ IN (").append(marks(me.groups().size())).append(')');
      p.addAll(me.groups());
    }
    candidate.append("))");
    String promised = "t.promised_by=?";
    p.add(me.userId());
    String acted =
        "EXISTS (SELECT 1 FROM loop_party a WHERE a.task_id=t.task_id AND a.side='A'"
            + " AND a.kind='U' AND a.ident=?)";
    p.add(me.userId());
    sql.and(String.join(" OR ", member, assignee, candidate, promised, acted), p.toArray());
  }

  private static void member(Actor me, Sql sql, char side) {
    List<Object> params = new ArrayList<>();
    String clause = memberClause(me, side, params);
    sql.and(clause, params.toArray());
  }

  private static String memberClause(Actor me, char side, List<Object> params) {
    StringBuilder s =
        new StringBuilder(
            "EXISTS (SELECT 1 FROM loop_party p WHERE p.task_id=t.task_id AND p.side=? AND"
                + " ((p.kind='U' AND p.ident=?)");
    params.add(String.valueOf(side));
    params.add(me.userId());
    if (!me.groups().isEmpty()) {
      s.append(" OR (p.kind='G' AND p.ident IN (").append(marks(me.groups().size())).append("))");
      params.addAll(me.groups());
    }
    return s.append("))").toString();
  }

  private static void notActed(Actor me, Sql sql) {
    sql.and(
        "(t.promised_by IS NULL OR t.promised_by<>?) AND NOT EXISTS (SELECT 1 FROM loop_party a"
            + " WHERE a.task_id=t.task_id AND a.side='A' AND a.kind='U' AND a.ident=?)",
        me.userId(),
        me.userId());
  }

  private static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }
}
