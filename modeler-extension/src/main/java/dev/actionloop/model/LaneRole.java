package dev.actionloop.model;

import java.util.Optional;

/** The role a lane plays in the work done in it. */
public enum LaneRole {
  /** The lane's party asks for the work and accepts it. */
  CUSTOMER(LoopNamespace.ROLE_CUSTOMER),
  /** The lane's party promises and performs the work. */
  PERFORMER(LoopNamespace.ROLE_PERFORMER);

  private final String value;

  LaneRole(String value) {
    this.value = value;
  }

  /** The attribute value as written in BPMN. */
  public String value() {
    return value;
  }

  /** The role an attribute value names; empty for {@code null} and for unknown values. */
  public static Optional<LaneRole> of(String value) {
    for (LaneRole role : values()) {
      if (role.value.equals(value)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
