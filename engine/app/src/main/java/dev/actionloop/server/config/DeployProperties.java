package dev.actionloop.server.config;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** How models are deployed through the API, under {@code actionloop.deploy.*}. */
@ConfigurationProperties("actionloop.deploy")
public class DeployProperties {

  /** Largest .bpmn file the deployment endpoint accepts; larger uploads get 413. */
  private DataSize maxSize = DataSize.ofMegabytes(2);

  /**
   * User ids whose models may use Java classes, delegates, scripts, listeners, connectors and
   * unrestricted expressions (the model rules still apply); empty by default.
   */
  private Set<String> trustedDeployers = new LinkedHashSet<>();

  public DataSize getMaxSize() {
    return maxSize;
  }

  public void setMaxSize(DataSize maxSize) {
    this.maxSize = maxSize;
  }

  public Set<String> getTrustedDeployers() {
    return trustedDeployers;
  }

  public void setTrustedDeployers(Set<String> trustedDeployers) {
    this.trustedDeployers = trustedDeployers;
  }
}
