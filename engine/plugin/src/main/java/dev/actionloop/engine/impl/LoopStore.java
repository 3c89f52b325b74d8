package dev.actionloop.engine.impl;

import dev.actionloop.engine.LoopState;
import dev.actionloop.engine.Party;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.defaults.DefaultSqlSession;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Plain JDBC on the engine's own connection of the current command, so every row we write commits
 * or rolls back with the engine's change.
 */
final class LoopStore {

  static final char CUSTOMER = 'C';
  static final char PERFORMER = 'P';
  static final char ACTED = 'A';

  private static final String COLUMNS =
      "task_id, task_kind, proc_inst_id, proc_def_id, proc_def_key, execution_id, act_inst_id,"
          + " activity_id, name, state, round_no, promised_by, promised_due, conditions_json,"
          + " conditions_version, last_verdicts_json, offer_by, offer_due, offer_conditions_json,"
          + " promise_deadline, accept_deadline, promise_job_id, accept_job_id, broken_promise,"
          + " model_hash, created_ms, updated_ms, version";

  private LoopStore() {}

  private static final Field DIRTY = dirtyField();

  /**
   * The connection of the engine transaction this command runs in.
   *
   * <p>The MyBatis session is marked dirty first: MyBatis commits or rolls back only sessions it
   * wrote through itself, and when it closes a clean session it switches auto-commit back on, which
   * would silently commit our rows even when the engine rolls back.
   */
  static Connection connection() {
    SqlSession session = Context.getCommandContext().getDbSqlSession().getSqlSession();
    markDirty(session);
    return session.getConnection();
  }

  private static Field dirtyField() {
    try {
      Field f = DefaultSqlSession.class.getDeclaredField("dirty");
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private static void markDirty(SqlSession session) {
    if (!(session instanceof DefaultSqlSession)) {
      return; // not MyBatis' own session: its owner (e.g. Spring) commits the connection itself
    }
    if (DIRTY == null) {
      throw new ProcessEngineException(
          "ActionLoop cannot bind its writes to the engine transaction on this MyBatis version");
    }
    try {
      DIRTY.setBoolean(session, true);
    } catch (IllegalAccessException e) {
      throw new ProcessEngineException("ActionLoop cannot bind its writes to the transaction", e);
    }
  }

  static void insert(LoopRow row) {
    String sql =
        "INSERT INTO loop_task ("
            + COLUMNS
            + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    try (PreparedStatement ps = connection().prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, row.taskId);
      ps.setString(i++, row.taskKind);
      ps.setString(i++, row.processInstanceId);
      ps.setString(i++, row.processDefinitionId);
      ps.setString(i++, row.processDefinitionKey);
      ps.setString(i++, row.executionId);
      ps.setString(i++, row.activityInstanceId);
      ps.setString(i++, row.activityId);
      ps.setString(i++, row.name);
      i = setMutable(ps, i, row);
      ps.setString(i++, row.modelHash);
      ps.setLong(i++, row.createdMs);
      ps.setLong(i++, row.updatedMs);
      ps.setInt(i, row.version);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("insert loop of task " + row.taskId, e);
    }
  }

  /** Columns 10..24: everything an act may change. */
  private static int setMutable(PreparedStatement ps, int i, LoopRow row) throws SQLException {
    ps.setString(i++, row.state.name());
    ps.setInt(i++, row.round);
    ps.setString(i++, row.promisedBy);
    setLong(ps, i++, row.promisedDue);
    ps.setString(i++, Json.conditions(row.conditions));
    ps.setInt(i++, row.conditionsVersion);
    ps.setString(i++, Json.verdicts(row.lastVerdicts));
    ps.setString(i++, row.offerBy);
    setLong(ps, i++, row.offerDue);
    ps.setString(i++, Json.conditions(row.offerConditions));
    setLong(ps, i++, row.promiseDeadline);
    setLong(ps, i++, row.acceptDeadline);
    ps.setString(i++, row.promiseJobId);
    ps.setString(i++, row.acceptJobId);
    ps.setBoolean(i++, row.brokenPromise);
    return i;
  }

  /**
   * Writes the row's new state if nobody changed it since it was read; the check and the write are
   * one statement, so of two racing acts exactly one wins.
   *
   * @return false when another transaction changed the loop first
   */
  static boolean update(LoopRow row, long now) {
    String sql =
        "UPDATE loop_task SET state=?, round_no=?, promised_by=?, promised_due=?,"
            + " conditions_json=?, conditions_version=?, last_verdicts_json=?, offer_by=?,"
            + " offer_due=?, offer_conditions_json=?, promise_deadline=?, accept_deadline=?,"
            + " promise_job_id=?, accept_job_id=?, broken_promise=?, updated_ms=?,"
            + " version=version+1 WHERE task_id=? AND version=?";
    try (PreparedStatement ps = connection().prepareStatement(sql)) {
      int i = setMutable(ps, 1, row);
      ps.setLong(i++, now);
      ps.setString(i++, row.taskId);
      ps.setInt(i, row.version);
      if (ps.executeUpdate() != 1) {
        return false;
      }
      row.version++;
      row.updatedMs = now;
      return true;
    } catch (SQLException e) {
      if (isLostRace(e)) {
        return false;
      }
      throw failure("update loop of task " + row.taskId, e);
    }
  }

  /**
   * Whether the database refused the write because a concurrent transaction changed or holds the
   * row: H2's concurrent update (90131) or lock timeout (50200), PostgreSQL's serialization failure
   * (40001) or deadlock (40P01). The act lost the race; the caller reports a conflict.
   */
  static boolean isLostRace(SQLException e) {
    String state = e.getSQLState();
    return e.getErrorCode() == 90131
        || e.getErrorCode() == 50200
        || "40001".equals(state)
        || "40P01".equals(state);
  }

  static LoopRow find(String taskId) {
    return one("SELECT " + COLUMNS + " FROM loop_task WHERE task_id=?", taskId);
  }

  static LoopRow findByActivityInstance(String activityInstanceId) {
    return one("SELECT " + COLUMNS + " FROM loop_task WHERE act_inst_id=?", activityInstanceId);
  }

  private static LoopRow one(String sql, String key) {
    List<LoopRow> rows = list(sql, List.of(key));
    return rows.isEmpty() ? null : rows.get(0);
  }

  static List<LoopRow> list(String sql, List<Object> params) {
    try (PreparedStatement ps = connection().prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      List<LoopRow> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(read(rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw failure("read loops", e);
    }
  }

  static long count(String sql, List<Object> params) {
    try (PreparedStatement ps = connection().prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw failure("count loops", e);
    }
  }

  static String columns() {
    return COLUMNS;
  }

  private static LoopRow read(ResultSet rs) throws SQLException {
    LoopRow row = new LoopRow();
    row.taskId = rs.getString("task_id");
    row.taskKind = rs.getString("task_kind");
    row.processInstanceId = rs.getString("proc_inst_id");
    row.processDefinitionId = rs.getString("proc_def_id");
    row.processDefinitionKey = rs.getString("proc_def_key");
    row.executionId = rs.getString("execution_id");
    row.activityInstanceId = rs.getString("act_inst_id");
    row.activityId = rs.getString("activity_id");
    row.name = rs.getString("name");
    row.state = LoopState.valueOf(rs.getString("state"));
    row.round = rs.getInt("round_no");
    row.promisedBy = rs.getString("promised_by");
    row.promisedDue = getLong(rs, "promised_due");
    row.conditions = Json.conditions(rs.getString("conditions_json"));
    row.conditionsVersion = rs.getInt("conditions_version");
    row.lastVerdicts = Json.verdicts(rs.getString("last_verdicts_json"));
    row.offerBy = rs.getString("offer_by");
    row.offerDue = getLong(rs, "offer_due");
    row.offerConditions = Json.conditions(rs.getString("offer_conditions_json"));
    row.promiseDeadline = getLong(rs, "promise_deadline");
    row.acceptDeadline = getLong(rs, "accept_deadline");
    row.promiseJobId = rs.getString("promise_job_id");
    row.acceptJobId = rs.getString("accept_job_id");
    row.brokenPromise = rs.getBoolean("broken_promise");
    row.modelHash = rs.getString("model_hash");
    row.createdMs = rs.getLong("created_ms");
    row.updatedMs = rs.getLong("updated_ms");
    row.version = rs.getInt("version");
    return row;
  }

  /** The parties of a new loop, in one batch (the loop has no members yet). */
  static void insertParties(String taskId, Party customer, Party performer) {
    String sql = "INSERT INTO loop_party (task_id, side, kind, ident) VALUES (?,?,?,?)";
    try (PreparedStatement ps = connection().prepareStatement(sql)) {
      addBatch(ps, taskId, CUSTOMER, customer);
      addBatch(ps, taskId, PERFORMER, performer);
      ps.executeBatch();
    } catch (SQLException e) {
      throw failure("record parties of task " + taskId, e);
    }
  }

  private static void addBatch(PreparedStatement ps, String taskId, char side, Party party)
      throws SQLException {
    for (String user : party.users()) {
      addBatch(ps, taskId, side, 'U', user);
    }
    for (String group : party.groups()) {
      addBatch(ps, taskId, side, 'G', group);
    }
  }

  private static void addBatch(
      PreparedStatement ps, String taskId, char side, char kind, String ident) throws SQLException {
    ps.setString(1, taskId);
    ps.setString(2, String.valueOf(side));
    ps.setString(3, String.valueOf(kind));
    ps.setString(4, ident);
    ps.addBatch();
  }

  /** Adds one member unless already there. */
  static void addMember(String taskId, char side, char kind, String ident) {
    String sql =
        "INSERT INTO loop_party (task_id, side, kind, ident) SELECT ?,?,?,? WHERE NOT EXISTS"
            + " (SELECT 1 FROM loop_party WHERE task_id=? AND side=? AND kind=? AND ident=?)";
    try (PreparedStatement ps = connection().prepareStatement(sql)) {
      for (int base : new int[] {0, 4}) {
        ps.setString(base + 1, taskId);
        ps.setString(base + 2, String.valueOf(side));
        ps.setString(base + 3, String.valueOf(kind));
        ps.setString(base + 4, ident);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("record party of task " + taskId, e);
    }
  }

  /** Every side of a loop's parties in one read: side (C, P, A) to its members. */
  static Map<Character, Party> parties(String taskId) {
    String sql =
        "SELECT side, kind, ident FROM loop_party WHERE task_id=? ORDER BY side, kind, ident";
    Map<Character, Set<String>> users = new HashMap<>();
    Map<Character, Set<String>> groups = new HashMap<>();
    try (PreparedStatement ps = connection().prepareStatement(sql)) {
      ps.setString(1, taskId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          char side = rs.getString(1).charAt(0);
          ("U".equals(rs.getString(2)) ? users : groups)
              .computeIfAbsent(side, k -> new LinkedHashSet<>())
              .add(rs.getString(3));
        }
      }
    } catch (SQLException e) {
      throw failure("read parties of task " + taskId, e);
    }
    Map<Character, Party> parties = new HashMap<>();
    for (char side : new char[] {CUSTOMER, PERFORMER, ACTED}) {
      parties.put(
          side, new Party(users.getOrDefault(side, Set.of()), groups.getOrDefault(side, Set.of())));
    }
    return parties;
  }

  private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, value);
    }
  }

  private static Long getLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static ProcessEngineException failure(String what, SQLException e) {
    return new ProcessEngineException("ActionLoop: could not " + what + ": " + e.getMessage(), e);
  }
}
