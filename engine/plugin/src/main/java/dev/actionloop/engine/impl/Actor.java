package dev.actionloop.engine.impl;

import dev.actionloop.engine.LoopForbiddenException;
import dev.actionloop.engine.Party;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user an act is performed by: the engine's current authentication, with groups. */
record Actor(String userId, Set<String> groups) {

  /**
   * The authenticated user of the current command. Groups come from the authentication; when it
   * carries none, from the engine's identity service.
   *
   * @throws LoopForbiddenException when nobody is authenticated
   */
  static Actor current() {
    Authentication auth = Context.getCommandContext().getAuthentication();
    if (auth == null || auth.getUserId() == null) {
      throw new LoopForbiddenException(
          "ActionLoop acts need an authenticated user (IdentityService.setAuthentication)");
    }
    List<String> groups = auth.getGroupIds();
    if (groups == null) {
      groups =
          Context.getProcessEngineConfiguration()
              .getIdentityService()
              .createGroupQuery()
              .groupMember(auth.getUserId())
              .list()
              .stream()
              .map(Group::getId)
              .toList();
    }
    return new Actor(auth.getUserId(), Set.copyOf(groups));
  }

  boolean in(Party party) {
    return party.includes(userId, groups);
  }
}
