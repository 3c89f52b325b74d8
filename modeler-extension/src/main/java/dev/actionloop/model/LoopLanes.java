package dev.actionloop.model;

import static dev.actionloop.model.LoopNamespace.ATTR_PARTY;
import static dev.actionloop.model.LoopNamespace.ATTR_ROLE;

import dev.actionloop.model.impl.LoopAttributes;
import org.camunda.bpm.model.bpmn.instance.Lane;

/**
 * The ActionLoop attributes of a lane: {@code loop:role} and {@code loop:party}, as written on the
 * lane itself. For the role and party a lane has through its ancestors use {@link LoopModel}.
 */
public final class LoopLanes {

  static {
    ActionLoopBpmn.install();
  }

  private LoopLanes() {}

  /**
   * The lane's own {@code loop:role} ({@code customer}, {@code performer}, ...) or {@code null}.
   */
  public static String role(Lane lane) {
    return LoopAttributes.get(lane, ATTR_ROLE);
  }

  /** Sets {@code loop:role}; {@code null} removes it. */
  public static void setRole(Lane lane, LaneRole role) {
    LoopAttributes.set(lane, ATTR_ROLE, role == null ? null : role.value());
  }

  /** The lane's own {@code loop:party}, e.g. {@code "group:it-desk, ${initiator}"}, or null. */
  public static String party(Lane lane) {
    return LoopAttributes.get(lane, ATTR_PARTY);
  }

  /** Sets {@code loop:party}; {@code null} removes it. */
  public static void setParty(Lane lane, String party) {
    LoopAttributes.set(lane, ATTR_PARTY, party);
  }
}
