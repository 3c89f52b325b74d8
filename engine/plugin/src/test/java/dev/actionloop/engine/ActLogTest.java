package dev.actionloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The act log: every field chained per instance, verified, and bound to the engine transaction. */
class ActLogTest extends LoopEngineTestBase {

  private static final Map<String, Boolean> OK = Map.of("ok", true);

  @BeforeAll
  static void deployModels() {
    deploy("fragile.bpmn");
  }

  private ProcessInstance declared() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("fragile");
    String taskId = task(pi, "Work").getId();
    as("ivan");
    loops.promise(taskId, null, null);
    loops.declare(taskId, OK, "works on my machine");
    return pi;
  }

  @Test
  void every_act_links_to_the_previous_one_and_the_chain_verifies() {
    ProcessInstance pi = declared();
    as("carol");
    loops.accept(task(pi, "Work").getId(), OK, "fine");

    List<Act> acts = audit.transcript(pi.getId());
    assertThat(acts).extracting(Act::sequence).containsExactly(1L, 2L, 3L, 4L);
    assertThat(acts.get(0).previousHash()).isEqualTo("0".repeat(64));
    for (int i = 1; i < acts.size(); i++) {
      assertThat(acts.get(i).previousHash()).isEqualTo(acts.get(i - 1).hash());
    }
    assertThat(acts.get(2).verdicts()).isEqualTo(OK);
    assertThat(acts.get(2).comment()).isEqualTo("works on my machine");
    assertThat(acts.get(0).actor()).isEqualTo("actionloop"); // started by nobody: the engine
    ChainVerification check = audit.verify(pi.getId());
    assertThat(check.intact()).isTrue();
    assertThat(check.actsChecked()).isEqualTo(4);
    assertThat(audit.chainHead(pi.getId()).hash()).isEqualTo(acts.get(3).hash());
    assertThat(audit.chainHead(pi.getId()).sequence()).isEqualTo(4);
  }

  @Test
  void the_model_hash_is_the_sha256_of_the_deployed_bpmn() throws Exception {
    ProcessInstance pi = declared();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (InputStream in = getClass().getResourceAsStream("/dev/actionloop/engine/fragile.bpmn")) {
      String expected = HexFormat.of().formatHex(sha.digest(in.readAllBytes()));
      assertThat(audit.transcript(pi.getId())).allMatch(a -> a.modelHash().equals(expected));
    }
  }

  @Test
  void an_edited_act_is_reported_as_the_first_broken_link() {
    ProcessInstance pi = declared();

    sql("UPDATE loop_act SET comment_text='works' WHERE proc_inst_id=? AND seq=3", pi.getId());

    ChainVerification check = audit.verify(pi.getId());
    assertThat(check.intact()).isFalse();
    assertThat(check.firstBrokenSequence()).isEqualTo(3L);
    assertThat(check.problem()).contains("edited");
  }

  @Test
  void a_changed_actor_or_verdict_is_detected_too() {
    ProcessInstance pi = declared();

    sql("UPDATE loop_act SET actor='carol' WHERE proc_inst_id=? AND seq=2", pi.getId());

    assertThat(audit.verify(pi.getId()).firstBrokenSequence()).isEqualTo(2L);
  }

  @Test
  void a_deleted_act_is_reported_as_a_gap() {
    ProcessInstance pi = declared();

    sql("DELETE FROM loop_act WHERE proc_inst_id=? AND seq=2", pi.getId());

    ChainVerification check = audit.verify(pi.getId());
    assertThat(check.firstBrokenSequence()).isEqualTo(2L);
    assertThat(check.problem()).contains("gap");
  }

  @Test
  void a_truncated_chain_is_detected_against_its_head() {
    ProcessInstance pi = declared();

    sql("DELETE FROM loop_act WHERE proc_inst_id=? AND seq=3", pi.getId());

    ChainVerification check = audit.verify(pi.getId());
    assertThat(check.intact()).isFalse();
    assertThat(check.problem()).contains("truncated");
  }

  @Test
  void a_rewritten_chain_with_consistent_hashes_is_detected_by_the_anchored_head() {
    ProcessInstance pi = declared();
    ChainHead anchored = audit.chainHead(pi.getId());
    // an insider deletes the last act and moves the head back: the chain itself is consistent
    List<Act> acts = audit.transcript(pi.getId());
    sql("DELETE FROM loop_act WHERE proc_inst_id=? AND seq=3", pi.getId());
    sql(
        "UPDATE loop_chain_head SET seq=2, hash=? WHERE proc_inst_id=?",
        acts.get(1).hash(),
        pi.getId());

    assertThat(audit.verify(pi.getId()).intact()).isTrue();
    assertThat(audit.chainHead(pi.getId())).isNotEqualTo(anchored);
  }

  @Test
  void when_the_engine_rolls_back_after_the_act_the_act_is_gone_too() {
    ProcessInstance pi = declared();
    runtime.setVariable(pi.getId(), "explode", true);
    String taskId = task(pi, "Work").getId();
    ChainHead before = audit.chainHead(pi.getId());

    as("carol");
    assertThatThrownBy(() -> loops.accept(taskId, OK, null))
        .hasMessageContaining("boom after the act");

    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.DECLARED);
    assertThat(actCount(pi)).isEqualTo(3);
    assertThat(audit.chainHead(pi.getId())).isEqualTo(before);
    assertThat(isWaitingAt(pi, "Work")).isTrue();
    assertThat(audit.verify(pi.getId()).intact()).isTrue();
  }

  @Test
  void when_the_act_cannot_be_written_the_engine_change_rolls_back() {
    ProcessInstance pi = declared();
    String taskId = task(pi, "Work").getId();
    // a row squatting on the next sequence number makes the act insert fail
    sql(
        "INSERT INTO loop_act (proc_inst_id, seq, activity_id, task_id, round_no, act_type, actor,"
            + " act_time_ms, model_hash, prev_hash, hash) VALUES (?,4,'x','x',1,'ACCEPT','x',0,'x','x','x')",
        pi.getId());

    as("carol");
    assertThatThrownBy(() -> loops.accept(taskId, OK, null))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("act log");

    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.DECLARED);
    assertThat(isWaitingAt(pi, "Work")).isTrue();
    assertThat(task(pi, "Work")).isNotNull();
    assertThat(audit.chainHead(pi.getId()).sequence()).isEqualTo(3);
  }

  @Test
  void a_refused_act_writes_nothing() {
    ProcessInstance pi = declared();
    String taskId = task(pi, "Work").getId();

    as("ivan");
    assertThatThrownBy(() -> loops.accept(taskId, OK, null)).isInstanceOf(LoopException.class);

    assertThat(actCount(pi)).isEqualTo(3);
    assertThat(sqlCount("SELECT version FROM loop_task WHERE task_id=?", taskId)).isEqualTo(3);
  }

  @Test
  void the_schema_is_migrated_by_flyway_into_its_own_history_table() {
    assertThat(
            sqlCount(
                "SELECT COUNT(*) FROM \"loop_schema_history\" WHERE \"success\"=TRUE AND \"version\"='1'"))
        .isEqualTo(1);
  }
}
