package dev.actionloop.engine.impl;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.FunctionMapper;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.VariableMapper;

/**
 * The "safe expression" of docs/rules.md: one {@code ${...}} that reads variables and literals
 * only. Validated on the syntax tree (no method calls, functions, computed property names, {@code
 * class}, engine objects) and evaluated against a plain variable map with map/list/array access
 * only, so no getter or bean of the application is ever reached.
 */
final class SafeExpressions {

  private static final Set<String> FORBIDDEN_IDENTIFIERS =
      Set.of(
          "execution",
          "task",
          "externalTask",
          "caseExecution",
          "processEngine",
          "processEngineServices",
          "variableScope");

  private static final ExpressionFactoryImpl FACTORY = new ExpressionFactoryImpl();

  private SafeExpressions() {}

  static boolean isExpression(String text) {
    String t = text.trim();
    return (t.startsWith("${") || t.startsWith("#{")) && t.endsWith("}");
  }

  /** Why the expression is not safe, or {@code null} when it is. */
  static String problem(String expression) {
    Tree tree;
    try {
      tree = new Builder(Builder.Feature.METHOD_INVOCATIONS).build(expression.trim());
    } catch (TreeBuilderException e) {
      return "does not parse: " + e.getMessage();
    }
    if (!(tree.getRoot() instanceof AstEval)) {
      return "must be exactly one ${...}";
    }
    if (tree.getFunctionNodes().iterator().hasNext()) {
      return "function calls are not allowed";
    }
    return walk(tree.getRoot());
  }

  private static String walk(Node node) {
    if (node instanceof AstMethod || node instanceof AstParameters) {
      return "method calls are not allowed";
    }
    if (node instanceof AstFunction) {
      return "function calls are not allowed";
    }
    if (node instanceof AstIdentifier id && FORBIDDEN_IDENTIFIERS.contains(id.getName())) {
      return "'" + id.getName() + "' is not allowed";
    }
    if (node instanceof AstDot && "class".equals(dotProperty((AstDot) node))) {
      return "property 'class' is not allowed";
    }
    if (node instanceof AstBracket bracket) {
      Node property = bracket.getChild(1);
      if (!(property instanceof AstString || property instanceof AstNumber)) {
        return "computed property names are not allowed";
      }
      if (property instanceof AstString s && "class".equals(s.eval(null, null))) {
        return "property 'class' is not allowed";
      }
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      String problem = walk(node.getChild(i));
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String dotProperty(AstDot dot) {
    String text = dot.toString(); // ". name"
    int i = text.lastIndexOf(". ");
    return i < 0 ? text : text.substring(i + 2).trim();
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
