package dev.actionloop.spring.boot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

  /** Camunda groups whose members may override a loop (force it closed with a reason). */
  private Set<String> adminGroups = new LinkedHashSet<>(Set.of("camunda-admin"));

  /** The actor recorded for acts the engine performs itself, such as missed deadlines. */
  private String systemActor = "actionloop";

  /**
   * Whether the plugin creates and migrates its own tables at start-up; turn off when a DBA applies
   * the scripts in {@code dev/actionloop/engine/db/migration}.
   */
  private boolean migrateSchema = true;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Set<String> getAdminGroups() {
    return adminGroups;
  }

  public void setAdminGroups(Set<String> adminGroups) {
    this.adminGroups = adminGroups;
  }

  public String getSystemActor() {
    return systemActor;
  }

  public void setSystemActor(String systemActor) {
    this.systemActor = systemActor;
  }

  public boolean isMigrateSchema() {
    return migrateSchema;
  }

  public void setMigrateSchema(boolean migrateSchema) {
    this.migrateSchema = migrateSchema;
  }

  public List<String> getExpressionBeans() {
    return expressionBeans;
  }

  public void setExpressionBeans(List<String> expressionBeans) {
    this.expressionBeans = expressionBeans;
  }
}
