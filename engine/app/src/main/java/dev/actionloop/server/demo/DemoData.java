package dev.actionloop.server.demo;

import dev.actionloop.server.ServerLog;
import dev.actionloop.server.config.DemoProperties;
import dev.actionloop.server.deploy.DeploymentService;
import dev.actionloop.server.deploy.ModelRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Creates the demo users and groups and deploys the example processes, when {@code
 * actionloop.demo.enabled}. Idempotent: a restart keeps existing users and skips unchanged models.
 */
@Component
class DemoData implements SmartInitializingSingleton {

  private final IdentityService identityService;
  private final DeploymentService deployments;
  private final DemoProperties properties;

  DemoData(
      IdentityService identityService, DeploymentService deployments, DemoProperties properties) {
    this.identityService = identityService;
    this.deployments = deployments;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!properties.isEnabled()) {
      return;
    }
    DemoUser.ALL.forEach(this::ensureUser);
    printCredentials();
    deployExamples();
  }

  private void ensureUser(DemoUser demo) {
    String password =
        properties.getPassword() == null ? demo.demoPassword() : properties.getPassword();
    User user = identityService.createUserQuery().userId(demo.id()).singleResult();
    if (user == null) {
      user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName("(demo " + demo.role() + ")");
      user.setEmail(demo.id() + "@example.org");
      user.setPassword(password);
      identityService.saveUser(user);
    } else if (properties.getPassword() != null) {
      user.setPassword(password);
      identityService.saveUser(user);
    }
    for (String groupId : demo.groups()) {
      ensureGroup(groupId);
      if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(demo.id(), groupId);
      }
    }
  }

  private void ensureGroup(String groupId) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identityService.newGroup(groupId);
      group.setName(groupId);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
  }

  private void printCredentials() {
    StringBuilder banner = new StringBuilder();
    for (DemoUser demo : DemoUser.ALL) {
      banner.append(
          String.format(
              "%n  %-7s %-10s password: %s  groups: %s",
              demo.id(),
              demo.role(),
              properties.getPassword() == null ? demo.demoPassword() : "(actionloop.demo.password)",
              String.join(",", demo.groups())));
    }
    ServerLog.demoUsers(banner.toString());
  }

  private void deployExamples() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, Resource> models = new LinkedHashMap<>();
    for (String pattern : properties.getProcesses()) {
      try {
        for (Resource resource : resolver.getResources(pattern)) {
          models.putIfAbsent(resource.getFilename(), resource);
        }
      } catch (IOException e) {
        ServerLog.examplesUnreadable(pattern, e.getMessage());
      }
    }
    models.forEach(this::deploy);
  }

  private void deploy(String name, Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      String id = deployments.deploy(name, in.readAllBytes(), "demo", false).deploymentId();
      ServerLog.exampleDeployed(name, id);
    } catch (ModelRejectedException e) {
      ServerLog.exampleRefused(name, e.getMessage(), e.findings());
    } catch (IOException e) {
      ServerLog.examplesUnreadable(name, e.getMessage());
    }
  }
}
