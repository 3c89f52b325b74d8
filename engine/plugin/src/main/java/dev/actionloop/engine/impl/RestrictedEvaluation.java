package dev.actionloop.engine.impl;

import dev.actionloop.model.validation.SafeExpressions;
import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.FunctionMapper;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.VariableMapper;

/**
 * Evaluates a "safe expression" of docs/rules.md (a check or a party expression) against a plain
 * variable map, outside Camunda's expression manager: only the variables are roots, and only
 * map/list/array access resolves, so no getter or bean of the application is ever reached.
 *
 * <p>What is allowed is not decided here: {@link SafeExpressions} of the model module is the one
 * allowlist the validator, the modeler lint and the engine share. This class refuses anything it
 * refuses, so a model deployed around the validator still cannot run code.
 */
final class RestrictedEvaluation {

  private static final ExpressionFactoryImpl FACTORY = new ExpressionFactoryImpl();

  private RestrictedEvaluation() {}

  /** Why the expression is not safe (its problems joined), or {@code null} when it is. */
  static String problem(String expression) {
    List<String> problems = SafeExpressions.problems(expression);
    return problems.isEmpty() ? null : String.join("; ", problems);
  }

  /**
   * Evaluates a safe expression against the variables. Refuses an unsafe one, so a model deployed
   * around the validator still cannot run code here.
   */
  static Object evaluate(String expression, Map<String, Object> variables) {
    String problem = problem(expression);
    if (problem != null) {
      throw new IllegalArgumentException("unsafe expression " + expression + ": " + problem);
    }
    VariablesContext context = new VariablesContext(variables);
    return FACTORY
        .createValueExpression(context, expression.trim(), Object.class)
        .getValue(context);
  }

  /** An EL context whose only roots are the variables; unknown names are {@code null}. */
  private static final class VariablesContext extends ELContext {
    private final CompositeELResolver resolver = new CompositeELResolver();

    VariablesContext(Map<String, Object> variables) {
      resolver.add(new RootResolver(variables));
      resolver.add(new MapELResolver(true));
      resolver.add(new ListELResolver(true));
      resolver.add(new ArrayELResolver(true));
    }

    @Override
    public ELResolver getELResolver() {
      return resolver;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }

  private static final class RootResolver extends ELResolver {
    private final Map<String, Object> variables;

    RootResolver(Map<String, Object> variables) {
      this.variables = variables;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base == null) {
        context.setPropertyResolved(true);
        return variables.get(String.valueOf(property));
      }
      return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      // read-only
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return Object.class;
    }
  }
}
