package dev.actionloop.engine.race;

/** The decision races on PostgreSQL, in a database of their own (created and dropped here). */
class PostgresDecisionRaceTest extends DecisionRaceTests {
  @Override
  RaceDatabase database() {
    return RaceDatabase.POSTGRESQL;
  }
}
