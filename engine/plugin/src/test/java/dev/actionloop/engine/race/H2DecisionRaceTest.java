package dev.actionloop.engine.race;

/** The decision races on in-memory H2, the embedded default. */
class H2DecisionRaceTest extends DecisionRaceTests {
  @Override
  RaceDatabase database() {
    return RaceDatabase.H2;
  }
}
