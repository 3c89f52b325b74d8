package dev.actionloop.model.validation.impl;

import static dev.actionloop.model.validation.RuleCodes.LANE_PARTY;
import static dev.actionloop.model.validation.RuleCodes.LANE_PARTY_MISSING;
import static dev.actionloop.model.validation.RuleCodes.LANE_ROLE;
import static dev.actionloop.model.validation.Severity.ERROR;

import dev.actionloop.model.LaneRole;
import dev.actionloop.model.LoopLanes;
import dev.actionloop.model.LoopModel;
import dev.actionloop.model.Parties;
import dev.actionloop.model.spi.LoopRule;
import dev.actionloop.model.spi.RuleContext;
import dev.actionloop.model.validation.SafeExpressions;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.Lane;

/** {@code loop/lane-role}, {@code loop/lane-party}, {@code loop/lane-party-missing}. */
final class LaneRules implements LoopRule {

  @Override
  public void check(RuleContext context) {
    LoopModel model = context.model();
    for (Lane lane : model.lanes()) {
      String role = LoopLanes.role(lane);
      if (role != null && LaneRole.of(role).isEmpty()) {
        context.report(
            LANE_ROLE,
            ERROR,
            lane.getId(),
            Labels.of(lane)
                + " has the role \""
                + role
                + "\"; a lane's role is either \"customer\" or \"performer\".");
      }
      String party = LoopLanes.party(lane);
      if (party != null) {
        for (String problem : partyProblems(party)) {
          context.report(LANE_PARTY, ERROR, lane.getId(), Labels.of(lane) + ": " + problem);
        }
      }
      if (LaneRole.CUSTOMER.value().equals(role) && model.partyOf(lane).isEmpty()) {
        context.report(
            LANE_PARTY_MISSING,
            ERROR,
            lane.getId(),
            Labels.of(lane)
                + " is a customer lane without a party, so nobody could accept its work. Name"
                + " the users or groups in loop:party, e.g. \"group:sales\" or \"${initiator}\".");
      }
    }
  }

  private static List<String> partyProblems(String party) {
    if (party.isBlank()) {
      return List.of("the party is empty; name users or groups, e.g. \"group:sales\".");
    }
    return Parties.split(party).stream()
        .map(LaneRules::entryProblem)
        .flatMap(List::stream)
        .toList();
  }

  private static List<String> entryProblem(String entry) {
    if (entry.isEmpty()) {
      return List.of("the party has an empty entry (two commas in a row, or a trailing comma).");
    }
    if (entry.startsWith("user:") || entry.startsWith("group:")) {
      return Parties.parseEntry(entry).isPresent()
          ? List.of()
          : List.of(
              "\""
                  + entry
                  + "\" is not a valid id; ids start with a letter or digit and contain only"
                  + " letters, digits, '.', '_', '@' and '-'.");
    }
    if (Parties.isExpression(entry)) {
      List<String> problems = SafeExpressions.problems(entry);
      return problems.isEmpty()
          ? List.of()
          : List.of(
              "the expression \"" + entry + "\" is not allowed: " + String.join("; ", problems));
    }
    return List.of(
        "\"" + entry + "\" is neither \"user:<id>\", \"group:<id>\" nor an expression \"${...}\".");
  }
}
