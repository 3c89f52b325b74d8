package dev.actionloop.server.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Demo users and example processes, under {@code actionloop.demo.*}. */
@ConfigurationProperties("actionloop.demo")
public class DemoProperties {

  /** Whether the demo users, groups and example processes are created at start-up. */
  private boolean enabled = false;

  /**
   * One password for every demo user instead of the published demo passwords; required when the
   * demo passwords are refused (the PostgreSQL profile).
   */
  private String password;

  /** Where the example processes are read from (Spring resource patterns). */
  private List<String> processes =
      new ArrayList<>(List.of("classpath*:*.bpmn", "classpath*:processes/*.bpmn"));

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<String> getProcesses() {
    return processes;
  }

  public void setProcesses(List<String> processes) {
    this.processes = processes;
  }
}
