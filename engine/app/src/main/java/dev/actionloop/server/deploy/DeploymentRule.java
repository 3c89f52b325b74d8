package dev.actionloop.server.deploy;

import java.util.List;
import org.w3c.dom.Document;

/**
 * One check of the deployment allowlist. Rules read the raw DOM, so constructs from any namespace
 * (including the legacy {@code activiti:} one the engine still honours) are seen. Implementations
 * are Spring beans; adding one adds a rule.
 */
public interface DeploymentRule {

  /** Whether users listed in {@code actionloop.deploy.trusted-deployers} skip this rule. */
  default boolean skippedForTrustedDeployers() {
    return true;
  }

  void check(Document model, List<Finding> findings);
}
