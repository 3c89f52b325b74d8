package dev.actionloop.spring.boot.impl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;

/**
 * Restricts the Spring beans that JUEL expressions can reach to an explicit list. The Spring engine
 * configuration exposes the whole application context when its bean map is {@code null}; an
 * explicit (possibly empty) map limits expressions and scripts to exactly those beans. The factory
 * bean creates its expression manager before plugins run, so it is replaced here.
 */
public final class ExpressionBeansPlugin extends AbstractProcessEnginePlugin {

  private final List<String> beanNames;
  private final ApplicationContext context;

  public ExpressionBeansPlugin(List<String> beanNames, ApplicationContext context) {
    this.beanNames = List.copyOf(beanNames);
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Map<Object, Object> beans = new LinkedHashMap<>();
    for (String name : beanNames) {
      beans.put(name, context.getBean(name));
    }
    configuration.setBeans(beans);
    configuration.setExpressionManager(new SpringExpressionManager(context, beans));
  }

  @Override
  public String toString() {
    return "ExpressionBeansPlugin" + beanNames;
  }
}
