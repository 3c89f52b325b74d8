package dev.actionloop.server.deploy;

import java.util.List;

/** Decides whether an expression in a deployed model is harmless data access. */
public interface ExpressionPolicy {

  /** What is wrong with the expression; empty when it is safe. */
  List<String> problems(String expression);
}
