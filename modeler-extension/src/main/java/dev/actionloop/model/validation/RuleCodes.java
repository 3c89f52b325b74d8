package dev.actionloop.model.validation;

/** The stable codes of the built-in rules; {@code docs/rules.md} describes each. */
public final class RuleCodes {

  public static final String LANE_ROLE = "loop/lane-role";
  public static final String LANE_PARTY = "loop/lane-party";
  public static final String LANE_PARTY_MISSING = "loop/lane-party-missing";
  public static final String TASK_CUSTOMER = "loop/task-customer";
  public static final String CUSTOMER_LANE_EXISTS = "loop/customer-lane-exists";
  public static final String CUSTOMER_LANE_ROLE = "loop/customer-lane-role";
  public static final String CUSTOMER_LANE_SELF = "loop/customer-lane-self";
  public static final String CONDITIONS_MISSING = "loop/conditions-missing";
  public static final String CONDITION_ID = "loop/condition-id";
  public static final String CONDITION_TEXT = "loop/condition-text";
  public static final String CHECK_EXPRESSION = "loop/check-expression";
  public static final String DURATION = "loop/duration";
  public static final String SEPARATION_OF_DUTIES = "loop/separation-of-duties";
  public static final String TASK_NOT_GATEABLE = "loop/task-not-gateable";
  public static final String CONDITIONS_WITHOUT_CUSTOMER = "loop/conditions-without-customer";
  public static final String INTERRUPTING_EVENT = "loop/interrupting-event";
  public static final String MULTI_INSTANCE_COMPLETION = "loop/multi-instance-completion";

  private RuleCodes() {}
}
