package dev.actionloop.server;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one logger. Every message carries a code an operator can search for (the engine
 * plugin's codes are ACTIONLOOP-0xx, the server's ACTIONLOOP-1xx; docs/configuration.md lists
 * them).
 */
public final class ServerLog {
  private static final Logger LOG = LoggerFactory.getLogger("dev.actionloop.server");

  private ServerLog() {}

  public static void demoUsers(String table) {
    LOG.info("ACTIONLOOP-101 Demo users (actionloop.demo.enabled=true):{}", table);
  }

  public static void exampleDeployed(String name, String deploymentId) {
    LOG.info("ACTIONLOOP-102 Example process {} deployed ({})", name, deploymentId);
  }

  public static void exampleRefused(String name, String reason, List<?> findings) {
    LOG.warn("ACTIONLOOP-103 Example process {} not deployed: {} {}", name, reason, findings);
  }

  public static void examplesUnreadable(String where, String reason) {
    LOG.warn("ACTIONLOOP-104 Example processes at {} not readable: {}", where, reason);
  }

  public static void engineRefused(String errorId, Throwable cause) {
    LOG.warn("ACTIONLOOP-105 Engine refused a request (error {})", errorId, cause);
  }

  public static void unexpected(String errorId, Throwable cause) {
    LOG.error("ACTIONLOOP-106 Unexpected error {}", errorId, cause);
  }
}
