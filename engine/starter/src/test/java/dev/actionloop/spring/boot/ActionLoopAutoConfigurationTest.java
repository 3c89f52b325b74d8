package dev.actionloop.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actionloop.engine.ActionLoopPlugin;
import dev.actionloop.engine.AuditService;
import dev.actionloop.engine.LoopService;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ActionLoopAutoConfigurationTest {

  /** A Camunda engine on a private in-memory H2, as camunda-bpm-spring-boot-starter builds it. */
  private final ApplicationContextRunner withEngine =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  DataSourceTransactionManagerAutoConfiguration.class,
                  TransactionAutoConfiguration.class,
                  CamundaBpmAutoConfiguration.class,
                  ActionLoopAutoConfiguration.class))
          .withPropertyValues(
              "spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
              "spring.datasource.generate-unique-name=true",
              "camunda.bpm.auto-deployment-enabled=false",
              "camunda.bpm.job-execution.enabled=false",
              "camunda.bpm.process-engine-name=starterTest");

  private final ApplicationContextRunner withoutEngine =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ActionLoopAutoConfiguration.class));

  @Test
  void addsThePluginToTheEngineAndExposesTheServices() {
    withEngine.run(
        context -> {
          assertThat(context).hasSingleBean(ActionLoopPlugin.class);
          assertThat(context).hasSingleBean(LoopService.class);
          assertThat(context).hasSingleBean(AuditService.class);
          ProcessEngineConfigurationImpl configuration =
              context.getBean(ProcessEngineConfigurationImpl.class);
          assertThat(configuration.getProcessEnginePlugins())
              .flatExtracting(ActionLoopAutoConfigurationTest::flatten)
              .extracting(ProcessEnginePlugin::getClass)
              .contains(ActionLoopPlugin.class);
        });
  }

  @Test
  void backsOffWhenDisabled() {
    withEngine
        .withPropertyValues("actionloop.enabled=false")
        .run(
            context -> {
              assertThat(context).hasSingleBean(ProcessEngine.class);
              assertThat(context).doesNotHaveBean(ActionLoopPlugin.class);
              assertThat(context).doesNotHaveBean(LoopService.class);
            });
  }

  @Test
  void backsOffWithoutCamundaOnTheClasspath() {
    withoutEngine
        .withClassLoader(new FilteredClassLoader(CamundaBpmAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(ActionLoopPlugin.class));
  }

  @Test
  void keepsAPluginTheApplicationDefines() {
    withEngine
        .withUserConfiguration(OwnPlugin.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(ActionLoopPlugin.class);
              assertThat(context.getBean(ActionLoopPlugin.class)).isSameAs(OwnPlugin.PLUGIN);
            });
  }

  @Test
  void bindsTheProperties() {
    withoutEngine
        .withPropertyValues("actionloop.expression-beans=clock,calendar")
        .run(
            context ->
                assertThat(context.getBean(ActionLoopProperties.class).getExpressionBeans())
                    .containsExactly("clock", "calendar"));
  }

  @Test
  void expressionsInModelsCannotReachSpringBeansByDefault() {
    withEngine
        .withUserConfiguration(Canary.class)
        .run(
            context -> {
              ProcessEngine engine = context.getBean(ProcessEngine.class);
              deploy(engine, "${canary.touch()}");
              assertThatThrownBy(
                      () -> engine.getRuntimeService().startProcessInstanceByKey("beans"))
                  .hasMessageContaining("canary");
              assertThat(context.getBean(CanaryBean.class).touched).isZero();
            });
  }

  @Test
  void expressionsReachExactlyTheBeansListed() {
    withEngine
        .withUserConfiguration(Canary.class)
        .withPropertyValues("actionloop.expression-beans=canary")
        .run(
            context -> {
              ProcessEngine engine = context.getBean(ProcessEngine.class);
              deploy(engine, "${canary.touch()}");
              engine.getRuntimeService().startProcessInstanceByKey("beans");
              assertThat(context.getBean(CanaryBean.class).touched).isEqualTo(1);
            });
  }

  private static List<ProcessEnginePlugin> flatten(ProcessEnginePlugin plugin) {
    return plugin instanceof CompositeProcessEnginePlugin composite
        ? composite.getPlugins()
        : List.of(plugin);
  }

  private static void deploy(ProcessEngine engine, String expression) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("beans")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask()
            .camundaExpression(expression)
            .endEvent()
            .done();
    engine.getRepositoryService().createDeployment().addModelInstance("beans.bpmn", model).deploy();
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnPlugin {
    static final ActionLoopPlugin PLUGIN = new ActionLoopPlugin();

    @Bean
    ActionLoopPlugin myPlugin() {
      return PLUGIN;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Canary {
    @Bean
    CanaryBean canary() {
      return new CanaryBean();
    }
  }

  /** Counts how often a model's expression reached it. */
  public static class CanaryBean {
    int touched;

    public int touch() {
      return ++touched;
    }
  }
}
