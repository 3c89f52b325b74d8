package dev.actionloop.spring.boot;

import dev.actionloop.engine.ActionLoop;
import dev.actionloop.engine.ActionLoopPlugin;
import dev.actionloop.engine.AuditService;
import dev.actionloop.engine.LoopService;
import dev.actionloop.spring.boot.impl.ExpressionBeansPlugin;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Adds the ActionLoop plugin to the engine that camunda-bpm-spring-boot-starter builds (it collects
 * every {@code ProcessEnginePlugin} bean) and exposes the loop and audit services as beans.
 */
@AutoConfiguration(after = CamundaBpmAutoConfiguration.class)
@ConditionalOnClass({ActionLoopPlugin.class, CamundaBpmAutoConfiguration.class})
@ConditionalOnProperty(
    prefix = "actionloop",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
@EnableConfigurationProperties(ActionLoopProperties.class)
public class ActionLoopAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public ActionLoopPlugin actionLoopPlugin(ActionLoopProperties properties) {
    return new ActionLoopPlugin()
        .setAdminGroups(properties.getAdminGroups())
        .setSystemActor(properties.getSystemActor())
        .setMigrateSchema(properties.isMigrateSchema());
  }

  /** Models are code: without this, every Spring bean is reachable from a model's expressions. */
  @Bean
  @ConditionalOnMissingBean
  public ExpressionBeansPlugin actionLoopExpressionBeansPlugin(
      ActionLoopProperties properties, ApplicationContext context) {
    return new ExpressionBeansPlugin(properties.getExpressionBeans(), context);
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(ProcessEngine.class)
  public ActionLoop actionLoop(ProcessEngine processEngine) {
    return ActionLoop.of(processEngine);
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(ProcessEngine.class)
  public LoopService loopService(ActionLoop actionLoop) {
    return actionLoop.loops();
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(ProcessEngine.class)
  public AuditService auditService(ActionLoop actionLoop) {
    return actionLoop.audit();
  }
}
