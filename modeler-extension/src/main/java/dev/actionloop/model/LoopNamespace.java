package dev.actionloop.model;

/**
 * Names of the ActionLoop BPMN extension. The moddle descriptor {@code loop.json} next to this
 * class is the single source of truth; a test keeps these constants, the XSD and the descriptor in
 * step.
 */
public final class LoopNamespace {

  /** The namespace URI of every ActionLoop attribute and element. */
  public static final String NS = "http://actionloop.dev/schema/bpmn/1.0";

  /** The conventional prefix. */
  public static final String PREFIX = "loop";

  /** Classpath location of the moddle descriptor (shared with the JS modeler). */
  public static final String DESCRIPTOR_RESOURCE = "/dev/actionloop/model/loop.json";

  /** Classpath location of the XSD. */
  public static final String XSD_RESOURCE = "/dev/actionloop/model/loop.xsd";

  // Attributes on bpmn:lane
  public static final String ATTR_ROLE = "role";
  public static final String ATTR_PARTY = "party";

  // Attributes on tasks
  public static final String ATTR_CUSTOMER_LANE = "customerLane";
  public static final String ATTR_PROMISE_WITHIN = "promiseWithin";
  public static final String ATTR_ACCEPT_WITHIN = "acceptWithin";

  // Elements inside bpmn:extensionElements of a task
  public static final String ELEMENT_CONDITIONS = "conditions";
  public static final String ELEMENT_CONDITION = "condition";

  // Attributes of loop:condition
  public static final String ATTR_CONDITION_ID = "id";
  public static final String ATTR_CONDITION_TEXT = "text";
  public static final String ATTR_CONDITION_REQUIRED = "required";
  public static final String ATTR_CONDITION_CHECK = "check";

  // Values of loop:role
  public static final String ROLE_CUSTOMER = "customer";
  public static final String ROLE_PERFORMER = "performer";

  private LoopNamespace() {}
}
