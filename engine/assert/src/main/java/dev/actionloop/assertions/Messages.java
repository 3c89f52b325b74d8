package dev.actionloop.assertions;

import dev.actionloop.engine.ActType;
import dev.actionloop.engine.Loop;
import dev.actionloop.engine.LoopState;
import dev.actionloop.engine.Party;
import java.util.Set;
import java.util.TreeSet;

/** How loops read in failure messages: "task 'Provision laptop' (Provision, id 42)". */
final class Messages {
  static final Set<ActType> DECISIONS = Set.of(ActType.ACCEPT, ActType.REJECT);

  private Messages() {}

  static String task(Loop loop) {
    String name = loop.name() == null || loop.name().isBlank() ? loop.activityId() : loop.name();
    return "task '" + name + "' (" + loop.activityId() + ", id " + loop.taskId() + ")";
  }

  /** "it is PROMISED in round 2 (promised by bob)". */
  static String now(Loop loop) {
    StringBuilder s = new StringBuilder("it is ").append(loop.state());
    s.append(" in round ").append(loop.round());
    if (loop.promisedBy() != null && loop.state() != LoopState.REQUESTED) {
      s.append(" (promised by ").append(loop.promisedBy()).append(')');
    }
    return s.toString();
  }

  /** "users [alice] and groups [buyers]". */
  static String party(Party party) {
    if (party == null) {
      return "nobody";
    }
    StringBuilder s = new StringBuilder();
    if (!party.users().isEmpty()) {
      s.append("users ").append(new TreeSet<>(party.users()));
    }
    if (!party.groups().isEmpty()) {
      s.append(s.length() > 0 ? " and " : "")
          .append("groups ")
          .append(new TreeSet<>(party.groups()));
    }
    return s.length() == 0 ? "nobody" : s.toString();
  }
}
