package dev.actionloop.engine.race;

/** Act atomicity on in-memory H2. */
class H2ActTransactionTest extends ActTransactionTests {
  @Override
  RaceDatabase database() {
    return RaceDatabase.H2;
  }
}
