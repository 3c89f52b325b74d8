package dev.actionloop.server.deploy;

import java.util.List;

/** A model the server refuses to deploy; nothing was deployed. */
public class ModelRejectedException extends RuntimeException {
  private final transient List<Finding> findings;
  private final boolean tooLarge;

  public ModelRejectedException(String message, List<Finding> findings) {
    this(message, findings, false);
  }

  private ModelRejectedException(String message, List<Finding> findings, boolean tooLarge) {
    super(message);
    this.findings = List.copyOf(findings);
    this.tooLarge = tooLarge;
  }

  static ModelRejectedException tooLarge(String message) {
    return new ModelRejectedException(
        message, List.of(Finding.error("deploy/too-large", null, message)), true);
  }

  public List<Finding> findings() {
    return findings;
  }

  public boolean isTooLarge() {
    return tooLarge;
  }
}
