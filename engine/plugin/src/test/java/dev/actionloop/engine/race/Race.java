package dev.actionloop.engine.race;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Controlled interleaving of two acts, after Camunda's {@code ConcurrencyTestHelper}: both run
 * until each is about to take its first lock, having read the same state; then the test decides who
 * goes first. Nothing here sleeps: every wait is for a signal, with a generous timeout that only a
 * hang can reach.
 */
final class Race {
  private static final long TIMEOUT_SECONDS = 30;

  final Contestant first;
  final Contestant second;

  private Race(Contestant first, Contestant second) {
    this.first = first;
    this.second = second;
  }

  static Race between(String firstName, Runnable firstAct, String secondName, Runnable secondAct) {
    return new Race(new Contestant(firstName, firstAct), new Contestant(secondName, secondAct));
  }

  /** Both read, then {@code first} commits before {@code second} takes any lock. */
  Race firstCommitsFirst() throws InterruptedException {
    bothAtFirstLock();
    first.release();
    assertThat(first.awaitDone(TIMEOUT_SECONDS)).as(first.name + " finished").isTrue();
    second.release();
    assertThat(second.awaitDone(TIMEOUT_SECONDS)).as(second.name + " finished").isTrue();
    return this;
  }

  /** Both read, then both are let go at once: the database decides. */
  Race bothAtOnce() throws InterruptedException {
    bothAtFirstLock();
    first.release();
    second.release();
    assertThat(first.awaitDone(TIMEOUT_SECONDS)).as(first.name + " finished").isTrue();
    assertThat(second.awaitDone(TIMEOUT_SECONDS)).as(second.name + " finished").isTrue();
    return this;
  }

  Contestant winner() {
    assertExactlyOneWinner();
    return first.won() ? first : second;
  }

  Contestant loser() {
    assertExactlyOneWinner();
    return first.won() ? second : first;
  }

  private void assertExactlyOneWinner() {
    assertThat(first.won() ^ second.won())
        .as("exactly one of %s and %s wins", first, second)
        .isTrue();
  }

  private void bothAtFirstLock() throws InterruptedException {
    first.start();
    second.start();
    for (Contestant c : new Contestant[] {first, second}) {
      assertThat(c.awaitFirstLock(TIMEOUT_SECONDS))
          .as("%s reaches its first locking statement; it is at %s", c.name, c.whereIs())
          .isTrue();
      assertThat(c.isHeld())
          .as("%s is held before its first lock, not finished early: %s", c.name, c)
          .isTrue();
    }
  }
}
