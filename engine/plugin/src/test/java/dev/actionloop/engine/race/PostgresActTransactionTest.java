package dev.actionloop.engine.race;

/** Act atomicity on PostgreSQL, in a database of its own. */
class PostgresActTransactionTest extends ActTransactionTests {
  @Override
  RaceDatabase database() {
    return RaceDatabase.POSTGRESQL;
  }
}
