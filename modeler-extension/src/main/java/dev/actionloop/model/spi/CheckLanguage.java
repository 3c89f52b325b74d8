package dev.actionloop.model.spi;

import java.util.List;

/**
 * A language for machine checks of conditions ({@code loop:condition/@check}). The validator asks
 * each language in turn whether it recognizes a check (e.g. by a prefix such as {@code feel:}); the
 * first that does judges it. Evaluation at runtime is the engine's business.
 */
public interface CheckLanguage {

  /** A short name for messages, e.g. {@code JUEL}. */
  String name();

  /** Whether this language claims the check text. */
  boolean recognizes(String check);

  /** What is wrong with the check, in an analyst's words; empty when it may be deployed. */
  List<String> problems(String check);
}
