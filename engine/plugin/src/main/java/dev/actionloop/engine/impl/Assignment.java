package dev.actionloop.engine.impl;

import dev.actionloop.engine.Party;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;

/** Camunda's own assignment of a user task as a party: its performers besides the lane's. */
final class Assignment {

  private Assignment() {}

  /** The task's assignee and candidate users as users, its candidate groups as groups. */
  static Party of(TaskEntity task) {
    Set<String> users = new HashSet<>();
    Set<String> groups = new HashSet<>();
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
    }
    for (IdentityLink link : task.getCandidates()) {
      if (link.getUserId() != null) {
        users.add(link.getUserId());
      }
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return new Party(users, groups);
  }

  /** Everyone in either party; {@code b} may be absent. */
  static Party union(Party a, Party b) {
    if (b == null) {
      return a;
    }
    Set<String> users = new HashSet<>(a.users());
    users.addAll(b.users());
    Set<String> groups = new HashSet<>(a.groups());
    groups.addAll(b.groups());
    return new Party(users, groups);
  }
}
