package dev.actionloop.server.deploy;

import dev.actionloop.model.validation.SafeExpressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.springframework.stereotype.Component;

/**
 * The "safe expression" of docs/rules.md, checked on JUEL's own syntax tree: variables, literals,
 * operators and property access with a literal name. Refused: method calls, functions, computed
 * property names, the property {@code class} and the engine objects, which reach the engine, beans
 * and reflection.
 */
@Component
public class JuelAllowlist implements ExpressionPolicy {

  static final Set<String> ENGINE_OBJECTS = SafeExpressions.ENGINE_IDENTIFIERS;

  /**
   * A single expression must be safe by the shared definition ({@link SafeExpressions}); a text
   * mixing literal text and expressions (e.g. a name {@code "Order ${id}"}) is held to the same
   * tree rules, part by part.
   */
  @Override
  public List<String> problems(String expression) {
    List<String> shared = SafeExpressions.problems(expression);
    if (shared.isEmpty() || !shared.get(0).startsWith("it must be exactly one")) {
      return shared;
    }
    return composite(expression);
  }

  private static List<String> composite(String expression) {
    if (expression.length() > SafeExpressions.MAX_LENGTH) {
      return List.of("it is longer than " + SafeExpressions.MAX_LENGTH + " characters");
    }
    List<String> problems = new ArrayList<>();
    Node root;
    try {
      root = new Builder(Builder.Feature.METHOD_INVOCATIONS).build(expression).getRoot();
    } catch (TreeBuilderException e) {
      return List.of("it does not parse (" + e.getMessage() + ")");
    }
    try {
      walk(root, problems);
    } catch (StackOverflowError e) {
      return List.of("it is nested too deeply");
    }
    return problems;
  }

  private static void walk(Node node, List<String> problems) {
    if (node instanceof AstMethod) {
      problems.add("it calls a method");
    } else if (node instanceof AstFunction function) {
      problems.add("it calls the function " + function.getName() + "()");
    } else if (node instanceof AstIdentifier identifier
        && ENGINE_OBJECTS.contains(identifier.getName())) {
      problems.add("it uses the engine object '" + identifier.getName() + "'");
    } else if (node instanceof AstDot dot && "class".equals(dotProperty(dot))) {
      problems.add("it reads the property 'class'");
    } else if (node instanceof AstBracket bracket) {
      Node name = bracket.getChild(1);
      if (!(name instanceof AstString literal)) {
        problems.add("it reads a property whose name is computed");
      } else if ("class".equals(literal.eval(null, null))) {
        problems.add("it reads the property 'class'");
      }
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      walk(node.getChild(i), problems);
    }
  }

  /** JUEL prints a dot node as {@code ". name"}. */
  private static String dotProperty(AstDot dot) {
    String printed = dot.toString();
    return printed.startsWith(". ") ? printed.substring(2) : printed;
  }
}
