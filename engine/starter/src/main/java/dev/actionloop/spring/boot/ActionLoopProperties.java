package dev.actionloop.spring.boot;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the ActionLoop engine integration, under {@code actionloop.*}. Every key is
 * listed, with the same sentence, in docs/configuration.md.
 */
@ConfigurationProperties("actionloop")
public class ActionLoopProperties {

  /** Whether the ActionLoop engine plugin (acceptance gate and act log) is added to the engine. */
  private boolean enabled = true;

  /**
   * Names of the Spring beans that expressions in deployed models may reference; empty (the
   * default) makes every bean unreachable from expressions.
   */
  private List<String> expressionBeans = new ArrayList<>();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public List<String> getExpressionBeans() {
    return expressionBeans;
  }

  public void setExpressionBeans(List<String> expressionBeans) {
    this.expressionBeans = expressionBeans;
  }
}
