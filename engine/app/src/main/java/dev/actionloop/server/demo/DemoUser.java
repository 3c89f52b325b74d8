package dev.actionloop.server.demo;

import java.util.List;

/**
 * A demo user: who they are in the demo story and their published password.
 *
 * @param id the Camunda user id (also the login)
 * @param role what they do in the demo, for the start-up banner and the docs
 * @param groups the Camunda groups they belong to
 */
record DemoUser(String id, String firstName, String role, List<String> groups) {

  /**
   * Every demo user, as listed in README.md and docs/server.md. The extra groups are the parties of
   * the example processes, so the demo users can play every role in them.
   */
  static final List<DemoUser> ALL =
      List.of(
          new DemoUser("alice", "Alice", "customer", List.of("participant", "customers", "sales")),
          new DemoUser(
              "carol", "Carol", "customer", List.of("participant", "customers", "legal-leads")),
          new DemoUser(
              "bob",
              "Bob",
              "performer",
              List.of("participant", "performers", "it-desk", "procurement", "legal-counsel")),
          new DemoUser(
              "dave",
              "Dave",
              "performer",
              List.of("participant", "performers", "finance", "security", "contract-admin")),
          new DemoUser("ana", "Ana", "analyst", List.of("analyst")),
          new DemoUser("audrey", "Audrey", "auditor", List.of("auditor")),
          new DemoUser("admin", "Admin", "admin", List.of("admin")));

  /** The published password: anyone who read the README knows it. */
  String demoPassword() {
    return id + "-demo";
  }
}
