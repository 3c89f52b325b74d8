package dev.actionloop.server.demo;

import dev.actionloop.server.config.SecurityProperties;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses to start (before the server listens) while a demo user can still sign in with its
 * published password, when {@code actionloop.security.refuse-demo-passwords} is on. Compares
 * password hashes directly rather than signing in, so the check never counts as a failed login.
 */
@Component
@Order(2)
class DemoPasswordGuard implements SmartInitializingSingleton {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl configuration;
  private final SecurityProperties properties;

  DemoPasswordGuard(
      IdentityService identityService,
      ProcessEngineConfiguration configuration,
      SecurityProperties properties,
      DemoData demoDataRunsFirst) {
    this.identityService = identityService;
    this.configuration = (ProcessEngineConfigurationImpl) configuration;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!properties.isRefuseDemoPasswords()) {
      return;
    }
    List<String> exposed =
        DemoUser.ALL.stream().filter(this::hasPublishedPassword).map(DemoUser::id).toList();
    if (!exposed.isEmpty()) {
      throw new IllegalStateException(
          "Refusing to start: demo user(s) "
              + exposed
              + " can still sign in with the published demo password. Set"
              + " actionloop.demo.password to a secret of your own (or change or delete these"
              + " users), or turn actionloop.security.refuse-demo-passwords off on a machine"
              + " nobody else can reach.");
    }
  }

  private boolean hasPublishedPassword(DemoUser demo) {
    User user = identityService.createUserQuery().userId(demo.id()).singleResult();
    if (!(user instanceof UserEntity entity) || entity.getPassword() == null) {
      return false;
    }
    String salted = EncryptionUtil.saltPassword(demo.demoPassword(), entity.getSalt());
    return configuration.getPasswordManager().check(salted, entity.getPassword());
  }
}
