package dev.actionloop.engine.impl;

import dev.actionloop.engine.Act;
import dev.actionloop.engine.ActType;
import dev.actionloop.engine.ChainVerification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The append-only act log, hash-chained per process instance (docs/audit.md). Appends lock the
 * instance's chain head row, so concurrent acts on one instance are serialized.
 */
final class ActLog {

  static final String GENESIS = "0".repeat(64);
  private static final String ACT_COLUMNS =
      "proc_inst_id, seq, activity_id, task_id, round_no, act_type, actor, act_time_ms,"
          + " verdicts_json, comment_text, model_hash, prev_hash, hash";

  private ActLog() {}

  static Act append(
      LoopRow loop,
      ActType type,
      String actor,
      long timeMs,
      Map<String, Boolean> verdicts,
      String comment) {
    return append(loop, loop.round, type, actor, timeMs, verdicts, comment);
  }

  static Act append(
      LoopRow loop,
      int round,
      ActType type,
      String actor,
      long timeMs,
      Map<String, Boolean> verdicts,
      String comment) {
    Connection c = LoopStore.connection();
    String pi = loop.processInstanceId;
    LoopSession session = LoopSession.current();
    try {
      Head head = session.head(pi);
      if (head == null) {
        head = lockHead(c, pi);
      }
      Act act =
          seal(
              new Act(
                  head.seq() + 1,
                  pi,
                  loop.activityId,
                  loop.taskId,
                  round,
                  type,
                  actor,
                  Instant.ofEpochMilli(timeMs),
                  verdicts == null ? null : new java.util.TreeMap<>(verdicts),
                  comment,
                  loop.modelHash,
                  head.hash(),
                  null));
      insert(c, act);
      String headSql =
          head.stored()
              ? "UPDATE loop_chain_head SET seq=?, hash=? WHERE proc_inst_id=?"
              : "INSERT INTO loop_chain_head (seq, hash, proc_inst_id) VALUES (?,?,?)";
      try (PreparedStatement ps = c.prepareStatement(headSql)) {
        ps.setLong(1, act.sequence());
        ps.setString(2, act.hash());
        ps.setString(3, pi);
        ps.executeUpdate();
      }
      session.head(pi, new Head(act.sequence(), act.hash(), true));
      return act;
    } catch (SQLException e) {
      throw LoopStore.failure("append " + type + " to the act log of instance " + pi, e);
    }
  }

  /**
   * The instance's chain head as this transaction sees it, with its row locked until commit, so
   * concurrent acts on one instance are serialized. Read once per command: later appends in the
   * same command hold the lock already and continue from the head they wrote.
   */
  private static Head lockHead(Connection c, String processInstanceId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT seq, hash FROM loop_chain_head WHERE proc_inst_id=? FOR UPDATE")) {
      ps.setString(1, processInstanceId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new Head(rs.getLong(1), rs.getString(2), true)
            : new Head(0, GENESIS, false);
      }
    }
  }

  /** Last sequence and hash of a chain; {@code stored} when its row exists in the database. */
  record Head(long seq, String hash, boolean stored) {}

  private static void insert(Connection c, Act act) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO loop_act (" + ACT_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, act.processInstanceId());
      ps.setLong(2, act.sequence());
      ps.setString(3, act.activityId());
      ps.setString(4, act.taskId());
      ps.setInt(5, act.round());
      ps.setString(6, act.type().name());
      ps.setString(7, act.actor());
      ps.setLong(8, act.time().toEpochMilli());
      ps.setString(9, Json.verdicts(act.verdicts()));
      ps.setString(10, act.comment());
      ps.setString(11, act.modelHash());
      ps.setString(12, act.previousHash());
      ps.setString(13, act.hash());
      ps.executeUpdate();
    }
  }

  /** The act with its hash computed over every other field. */
  static Act seal(Act a) {
    return new Act(
        a.sequence(),
        a.processInstanceId(),
        a.activityId(),
        a.taskId(),
        a.round(),
        a.type(),
        a.actor(),
        a.time(),
        a.verdicts(),
        a.comment(),
        a.modelHash(),
        a.previousHash(),
        hash(a));
  }

  /**
   * SHA-256 over the canonical form: version tag, then each field as {@code <length>:<text>}
   * (absent = {@code -1:}), verdicts as sorted JSON, time as epoch milliseconds.
   */
  static String hash(Act a) {
    StringBuilder s = new StringBuilder("actionloop-act-v1");
    field(s, a.processInstanceId());
    field(s, Long.toString(a.sequence()));
    field(s, a.activityId());
    field(s, a.taskId());
    field(s, Integer.toString(a.round()));
    field(s, a.type().name());
    field(s, a.actor());
    field(s, Long.toString(a.time().toEpochMilli()));
    field(s, Json.verdicts(a.verdicts()));
    field(s, a.comment());
    field(s, a.modelHash());
    field(s, a.previousHash());
    return sha256(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void field(StringBuilder s, String value) {
    s.append('|');
    if (value == null) {
      s.append("-1:");
    } else {
      s.append(value.length()).append(':').append(value);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static List<Act> transcript(String processInstanceId) {
    List<Act> acts = new ArrayList<>();
    try (PreparedStatement ps =
        LoopStore.connection()
            .prepareStatement(
                "SELECT " + ACT_COLUMNS + " FROM loop_act WHERE proc_inst_id=? ORDER BY seq")) {
      ps.setString(1, processInstanceId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          acts.add(
              new Act(
                  rs.getLong("seq"),
                  rs.getString("proc_inst_id"),
                  rs.getString("activity_id"),
                  rs.getString("task_id"),
                  rs.getInt("round_no"),
                  ActType.valueOf(rs.getString("act_type")),
                  rs.getString("actor"),
                  Instant.ofEpochMilli(rs.getLong("act_time_ms")),
                  Json.verdicts(rs.getString("verdicts_json")),
                  rs.getString("comment_text"),
                  rs.getString("model_hash"),
                  rs.getString("prev_hash"),
                  rs.getString("hash")));
        }
      }
    } catch (SQLException e) {
      throw LoopStore.failure("read the act log of instance " + processInstanceId, e);
    } catch (IllegalArgumentException e) {
      // an unknown act type: the row was edited outside ActionLoop
      throw new IllegalStateException(
          "act log of instance " + processInstanceId + " holds an unknown act type", e);
    }
    return acts;
  }

  /** The head recorded for the instance: {sequence, hash}, or {@code null} when it has no acts. */
  static String[] head(String processInstanceId) {
    try (PreparedStatement ps =
        LoopStore.connection()
            .prepareStatement("SELECT seq, hash FROM loop_chain_head WHERE proc_inst_id=?")) {
      ps.setString(1, processInstanceId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new String[] {Long.toString(rs.getLong(1)), rs.getString(2)} : null;
      }
    } catch (SQLException e) {
      throw LoopStore.failure("read the chain head of instance " + processInstanceId, e);
    }
  }

  static ChainVerification verify(String processInstanceId) {
    List<Act> acts;
    try {
      acts = transcript(processInstanceId);
    } catch (IllegalStateException e) {
      return new ChainVerification(processInstanceId, 0, 1L, e.getMessage());
    }
    String previous = GENESIS;
    long expected = 1;
    for (Act act : acts) {
      String problem = null;
      if (act.sequence() != expected) {
        problem = "expected sequence " + expected + " but found " + act.sequence() + " (gap)";
      } else if (!previous.equals(act.previousHash())) {
        problem = "previous hash does not match the hash of act " + (expected - 1);
      } else if (!hash(act).equals(act.hash())) {
        problem = "hash does not match the act's content (edited)";
      }
      if (problem != null) {
        return new ChainVerification(processInstanceId, (int) expected, expected, problem);
      }
      previous = act.hash();
      expected++;
    }
    String[] head = head(processInstanceId);
    long last = expected - 1;
    if (head == null && last > 0) {
      return new ChainVerification(processInstanceId, acts.size(), last, "chain head is missing");
    }
    if (head != null && (Long.parseLong(head[0]) != last || !head[1].equals(previous))) {
      long broken = Math.min(Long.parseLong(head[0]), last + 1);
      return new ChainVerification(
          processInstanceId,
          acts.size(),
          Math.max(broken, 1),
          "chain head says act " + head[0] + " but the log ends at act " + last + " (truncated)");
    }
    return new ChainVerification(processInstanceId, acts.size(), null, null);
  }
}
