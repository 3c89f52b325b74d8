package dev.actionloop.model.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Decides whether a JUEL expression from a model may run in the engine: it is parsed with Camunda's
 * own JUEL parser and its syntax tree is checked against an allowlist (variables, literals,
 * operators, property access with literal names). See "Safe expression" in {@code docs/rules.md}.
 * Used for condition checks and party expressions, and by the server before it deploys a model.
 */
public final class SafeExpressions {

  /** Longer texts are refused outright: no legitimate check needs them, parsing them costs. */
  public static final int MAX_LENGTH = 2000;

  /** Identifiers that reach the engine (and through it, beans and the database). */
  public static final Set<String> ENGINE_IDENTIFIERS =
      Set.of(
          "execution",
          "task",
          "externalTask",
          "caseExecution",
          "processEngine",
          "processEngineServices",
          "variableScope");

  // Method invocations parse (as the engine parses them) so that they can be named in the message.
  private static final Builder PARSER =
      new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  private SafeExpressions() {}

  /** Whether the text is exactly one safe {@code ${...}} or {@code #{...}} expression. */
  public static boolean isSafe(String expression) {
    return problems(expression).isEmpty();
  }

  /**
   * What makes the expression unsafe or unparsable, one sentence each; empty when it is safe. Never
   * throws for any input.
   */
  public static List<String> problems(String expression) {
    if (expression == null || expression.isBlank()) {
      return List.of("it is empty");
    }
    if (expression.length() > MAX_LENGTH) {
      return List.of("it is longer than " + MAX_LENGTH + " characters");
    }
    Node root;
    try {
      root = PARSER.build(expression.trim()).getRoot();
    } catch (TreeBuilderException e) {
      return List.of("it does not parse: " + firstLine(e.getMessage()));
    } catch (StackOverflowError e) {
      return List.of("it is nested too deeply");
    }
    if (!(root instanceof AstEval)) {
      return List.of("it must be exactly one ${...} expression and nothing else");
    }
    Set<String> problems = new LinkedHashSet<>();
    try {
      walk(root.getChild(0), problems);
    } catch (StackOverflowError e) {
      problems.add("it is nested too deeply");
    }
    return new ArrayList<>(problems);
  }

  private static void walk(Node node, Set<String> problems) {
    if (node instanceof AstMethod) {
      problems.add("it calls a method (" + describe(node.getChild(0)) + "(...))");
      return;
    }
    if (node instanceof AstFunction function) {
      problems.add("it calls a function (" + function.getName() + "(...))");
      return;
    }
    if (node instanceof AstIdentifier identifier) {
      if (ENGINE_IDENTIFIERS.contains(identifier.getName())) {
        problems.add("it uses '" + identifier.getName() + "', which reaches into the engine");
      }
      return;
    }
    if (node instanceof AstDot) {
      checkPropertyName(dotProperty(node), problems);
    } else if (node instanceof AstBracket) {
      Node property = node.getChild(1);
      if (property instanceof AstString string) {
        checkPropertyName(String.valueOf(string.eval(null, null)), problems);
      } else if (!(property instanceof AstNumber)) {
        problems.add("it looks up a property by a computed name ([" + describe(property) + "])");
        walk(property, problems);
      }
      walk(node.getChild(0), problems);
      return;
    } else if (!isAllowedStructure(node)) {
      problems.add("it uses a construct that is not allowed (" + node + ")");
      return;
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      walk(node.getChild(i), problems);
    }
  }

  private static boolean isAllowedStructure(Node node) {
    return node instanceof AstBinary
        || node instanceof AstUnary
        || node instanceof AstChoice
        || node instanceof AstNested
        || node instanceof AstString
        || node instanceof AstNumber
        || node instanceof AstBoolean
        || node instanceof AstNull;
  }

  private static void checkPropertyName(String name, Set<String> problems) {
    if ("class".equals(name)) {
      problems.add("it reads the property 'class', which reaches Java classes");
    }
  }

  // AstDot prints itself as ". name"; its name field is not public.
  private static String dotProperty(Node dot) {
    return dot.toString().substring(2);
  }

  private static String describe(Node node) {
    if (node instanceof AstDot) {
      return describe(node.getChild(0)) + "." + dotProperty(node);
    }
    if (node instanceof AstIdentifier identifier) {
      return identifier.getName();
    }
    return node.toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
