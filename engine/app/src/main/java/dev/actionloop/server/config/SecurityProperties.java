package dev.actionloop.server.config;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Who may do what, under {@code actionloop.security.*}. */
@ConfigurationProperties("actionloop.security")
public class SecurityProperties {

  /** Camunda groups whose members get the analyst role (deploy models). */
  private Set<String> analystGroups = new LinkedHashSet<>(Set.of("analyst"));

  /** Camunda groups whose members get the participant role (start processes, act in loops). */
  private Set<String> participantGroups = new LinkedHashSet<>(Set.of("participant"));

  /** Camunda groups whose members get the auditor role (read transcripts, verify, export). */
  private Set<String> auditorGroups = new LinkedHashSet<>(Set.of("auditor"));

  /** Whether start-up fails while any demo user still has its published demo password. */
  private boolean refuseDemoPasswords = false;

  public Set<String> getAnalystGroups() {
    return analystGroups;
  }

  public void setAnalystGroups(Set<String> analystGroups) {
    this.analystGroups = analystGroups;
  }

  public Set<String> getParticipantGroups() {
    return participantGroups;
  }

  public void setParticipantGroups(Set<String> participantGroups) {
    this.participantGroups = participantGroups;
  }

  public Set<String> getAuditorGroups() {
    return auditorGroups;
  }

  public void setAuditorGroups(Set<String> auditorGroups) {
    this.auditorGroups = auditorGroups;
  }

  public boolean isRefuseDemoPasswords() {
    return refuseDemoPasswords;
  }

  public void setRefuseDemoPasswords(boolean refuseDemoPasswords) {
    this.refuseDemoPasswords = refuseDemoPasswords;
  }
}
