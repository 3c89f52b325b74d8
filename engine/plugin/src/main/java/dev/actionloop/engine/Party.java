package dev.actionloop.engine;

import java.util.Set;

/** Concrete users and groups a party resolved to at runtime. */
public record Party(Set<String> users, Set<String> groups) {
  public Party {
    users = Set.copyOf(users);
    groups = Set.copyOf(groups);
  }

  /** Whether the user, with the given groups, belongs to this party. */
  public boolean includes(String userId, java.util.Collection<String> userGroups) {
    return users.contains(userId) || userGroups.stream().anyMatch(groups::contains);
  }
}
