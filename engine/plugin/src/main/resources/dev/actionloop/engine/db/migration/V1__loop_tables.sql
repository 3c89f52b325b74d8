-- ActionLoop tables. Plain SQL that runs on H2 2.x and PostgreSQL 13+.
-- Times are epoch milliseconds (BIGINT): no time-zone conversion between drivers.

-- One row per gated task: where its loop stands. VERSION is the optimistic lock.
CREATE TABLE loop_task (
  task_id            VARCHAR(64)   NOT NULL PRIMARY KEY,
  task_kind          VARCHAR(16)   NOT NULL,
  proc_inst_id       VARCHAR(64)   NOT NULL,
  proc_def_id        VARCHAR(64)   NOT NULL,
  proc_def_key       VARCHAR(255)  NOT NULL,
  execution_id       VARCHAR(64)   NOT NULL,
  act_inst_id        VARCHAR(64)   NOT NULL,
  activity_id        VARCHAR(255)  NOT NULL,
  name               VARCHAR(4000),
  state              VARCHAR(32)   NOT NULL,
  round_no           INTEGER       NOT NULL,
  promised_by        VARCHAR(255),
  promised_due       BIGINT,
  conditions_json    VARCHAR(1000000) NOT NULL,
  conditions_version INTEGER       NOT NULL,
  last_verdicts_json VARCHAR(1000000),
  offer_by           VARCHAR(255),
  offer_due          BIGINT,
  offer_conditions_json VARCHAR(1000000),
  promise_deadline   BIGINT,
  accept_deadline    BIGINT,
  promise_job_id     VARCHAR(64),
  accept_job_id      VARCHAR(64),
  broken_promise     BOOLEAN       NOT NULL,
  model_hash         VARCHAR(64)   NOT NULL,
  created_ms         BIGINT        NOT NULL,
  updated_ms         BIGINT        NOT NULL,
  version            INTEGER       NOT NULL
);
CREATE INDEX loop_task_proc_inst ON loop_task (proc_inst_id);
CREATE INDEX loop_task_act_inst ON loop_task (act_inst_id);
CREATE INDEX loop_task_state ON loop_task (state);

-- Who is on which side of a loop. SIDE: C = customer party, P = performer party (resolved when the
-- task was created), A = acted as performer (promised, counter-offered, declared: never accepts).
-- KIND: U = user, G = group.
CREATE TABLE loop_party (
  task_id  VARCHAR(64)  NOT NULL,
  side     CHAR(1)      NOT NULL,
  kind     CHAR(1)      NOT NULL,
  ident    VARCHAR(255) NOT NULL,
  PRIMARY KEY (task_id, side, kind, ident)
);
CREATE INDEX loop_party_ident ON loop_party (ident, kind, side);

-- The act log: append-only, hash-chained per process instance.
CREATE TABLE loop_act (
  proc_inst_id   VARCHAR(64)   NOT NULL,
  seq            BIGINT        NOT NULL,
  activity_id    VARCHAR(255)  NOT NULL,
  task_id        VARCHAR(64)   NOT NULL,
  round_no       INTEGER       NOT NULL,
  act_type       VARCHAR(32)   NOT NULL,
  actor          VARCHAR(255)  NOT NULL,
  act_time_ms    BIGINT        NOT NULL,
  verdicts_json  VARCHAR(1000000),
  comment_text   VARCHAR(1000000),
  model_hash     VARCHAR(64)   NOT NULL,
  prev_hash      VARCHAR(64)   NOT NULL,
  hash           VARCHAR(64)   NOT NULL,
  PRIMARY KEY (proc_inst_id, seq)
);
CREATE INDEX loop_act_task ON loop_act (task_id);

-- The head of each instance's chain; appends lock this row, so the chain is serialized.
CREATE TABLE loop_chain_head (
  proc_inst_id VARCHAR(64) NOT NULL PRIMARY KEY,
  seq          BIGINT      NOT NULL,
  hash         VARCHAR(64) NOT NULL
);
