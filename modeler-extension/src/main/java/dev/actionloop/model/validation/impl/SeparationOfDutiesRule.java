package dev.actionloop.model.validation.impl;

import static dev.actionloop.model.validation.RuleCodes.SEPARATION_OF_DUTIES;
import static dev.actionloop.model.validation.Severity.ERROR;

import dev.actionloop.model.LaneRole;
import dev.actionloop.model.LoopModel;
import dev.actionloop.model.Parties;
import dev.actionloop.model.PartyEntry;
import dev.actionloop.model.spi.LoopRule;
import dev.actionloop.model.spi.RuleContext;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Task;

/**
 * {@code loop/separation-of-duties}: nobody is named both customer and performer of one task. The
 * engine also enforces this per person at runtime; this catches it in the model.
 */
final class SeparationOfDutiesRule implements LoopRule {

  @Override
  public void check(RuleContext context) {
    LoopModel model = context.model();
    for (Task task : model.tasks()) {
      if (!model.hasCustomer(task)) {
        continue;
      }
      Optional<Lane> own = model.laneOf(task);
      Optional<Lane> customer = model.customerLaneOf(task).filter(l -> resolves(model, l, own));
      if (customer.isEmpty()) {
        continue; // the customer lane rules report why
      }
      Set<String> customerParty = keys(Parties.entries(model.partyOf(customer.get()).orElse(null)));
      for (String entry : keys(model.performerPartyOf(task))) {
        if (customerParty.contains(entry)) {
          context.report(
              SEPARATION_OF_DUTIES,
              ERROR,
              task.getId(),
              Labels.of(task)
                  + ": "
                  + entry
                  + " is both in the customer's party and among the task's performers; the"
                  + " customer must not accept their own work.");
        }
      }
    }
  }

  private static boolean resolves(LoopModel model, Lane customer, Optional<Lane> own) {
    return model.roleOf(customer).orElse(null) == LaneRole.CUSTOMER
        && !(own.isPresent() && own.get().equals(customer));
  }

  private static Set<String> keys(Iterable<PartyEntry> entries) {
    Set<String> keys = new LinkedHashSet<>();
    entries.forEach(entry -> keys.add(entry.toString()));
    return keys;
  }
}
