package dev.actionloop.engine.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actionloop.engine.ActionLoopPlugin;
import dev.actionloop.model.LoopModel;
import dev.actionloop.model.Parties;
import dev.actionloop.model.PartyEntry;
import dev.actionloop.model.validation.Finding;
import dev.actionloop.model.validation.LoopValidator;
import dev.actionloop.model.validation.SafeModelReader;
import dev.actionloop.model.validation.Severity;
import dev.actionloop.model.validation.UnreadableModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine gates exactly the tasks the validator calls gated, with the same customer lane, the
 * same customer party and the same performer party (docs/rules.md, "Terms"), for every model that
 * validates without errors: the rule fixtures, the examples and the engine's own test models. And a
 * model whose lanes the validator refuses is refused by the engine's own parse listener too.
 */
class EngineAgreesWithValidatorTest {

  private static final Path REPO = Path.of("../..");
  private static final Path FIXTURES =
      REPO.resolve("modeler-extension/src/test/resources/fixtures/rules");
  private static final Path EXAMPLES = REPO.resolve("examples/src/main/resources");
  private static final Path ENGINE_MODELS = Path.of("src/test/resources/dev/actionloop/engine");

  /** Validator codes about lanes and customers; the parse listener must refuse such a gate too. */
  private static final Set<String> LANE_CODES =
      Set.of(
          "loop/task-customer",
          "loop/customer-lane-exists",
          "loop/customer-lane-role",
          "loop/customer-lane-self",
          "loop/lane-party",
          "loop/lane-party-missing");

  private static final LoopValidator VALIDATOR = LoopValidator.withDiscoveredRules();

  private static ProcessEngine engine;
  private static RepositoryService repository;

  @BeforeAll
  static void buildEngine() {
    String name = "actionloop-agreement-" + UUID.randomUUID();
    StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
    cfg.setProcessEngineName(name);
    cfg.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    cfg.setJobExecutorActivate(false);
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    // the parse listener alone: what it does must not depend on the validator being on
    cfg.getProcessEnginePlugins().add(new ActionLoopPlugin().setValidateModels(false));
    engine = cfg.buildProcessEngine();
    repository = engine.getRepositoryService();
  }

  @AfterAll
  static void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  static List<Path> cleanModels() {
    List<Path> models = new ArrayList<>();
    for (Path dir : List.of(FIXTURES, EXAMPLES, ENGINE_MODELS, ENGINE_MODELS.resolve("lanes"))) {
      for (Path model : bpmnIn(dir)) {
        if (errors(model).isEmpty()) {
          models.add(model);
        }
      }
    }
    assertThat(models)
        .extracting(p -> p.getFileName().toString())
        .contains(
            "nested-lanes.bpmn",
            "clean.bpmn",
            "contract-review.bpmn",
            "new-hire-it-access.bpmn",
            "purchase-requisition.bpmn",
            "review.bpmn");
    return models;
  }

  static List<Path> modelsWithLaneErrors() {
    List<Path> models =
        bpmnIn(FIXTURES).stream()
            .filter(m -> errors(m).stream().anyMatch(f -> LANE_CODES.contains(f.code())))
            .toList();
    assertThat(models).hasSizeGreaterThanOrEqualTo(5);
    return models;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cleanModels")
  void the_engine_gates_what_the_validator_calls_gated_with_the_same_parties(Path file) {
    byte[] bpmn = read(file);
    LoopModel model = LoopModel.of(model(bpmn));
    List<ProcessDefinitionEntity> definitions = deploy(file, bpmn);

    for (Task task : model.tasks()) {
      ActivityImpl activity = activity(definitions, task.getId());
      if (activity == null) {
        continue; // in a process that is not executable: nothing runs it
      }
      GateDefinition gate = GateDefinition.of(activity);
      String where = file.getFileName() + " task " + task.getId();
      assertThat(gate != null).as(where + " gated").isEqualTo(model.isGated(task));
      if (gate == null) {
        continue;
      }
      Lane customerLane = model.customerLaneOf(task).orElseThrow();
      assertThat(gate.customerLaneId())
          .as(where + " customer lane")
          .isEqualTo(customerLane.getId());
      assertThat(keys(gate.customer()))
          .as(where + " customer party")
          .isEqualTo(keys(Parties.entries(model.partyOf(customerLane).orElse(null))));
      assertThat(keys(gate.performer()))
          .as(where + " performer party")
          .isEqualTo(keys(model.performerPartyOf(task)));
    }
  }

  @org.junit.jupiter.api.Test
  void nested_lanes_resolve_as_the_rules_say() {
    Path file = ENGINE_MODELS.resolve("lanes/nested-lanes.bpmn");
    List<ProcessDefinitionEntity> definitions = deploy(file, read(file));

    // a child lane without role or party inherits both
    assertGate(definitions, "T_Nested", "Lane_Cust", Set.of("${initiator}"), Set.of("group:it"));
    // its own party wins over the inherited one
    assertGate(
        definitions, "T_Override", "Lane_Cust", Set.of("${initiator}"), Set.of("group:field"));
    // listed by a nested lane and a later top-level lane: the innermost wins
    assertGate(definitions, "T_Multi", "Lane_Cust", Set.of("${initiator}"), Set.of("group:it"));
    // listed by two lanes equally deep: the first wins
    assertGate(definitions, "T_Tie", "Lane_Cust", Set.of("${initiator}"), Set.of("group:ops"));
    // a named nested customer lane inherits role and party
    assertGate(
        definitions, "T_NamedSub", "Lane_CustSub", Set.of("${initiator}"), Set.of("group:ops"));
    // no lane: the literal assignee is the performer
    assertGate(definitions, "T_NoLane", "Lane_Cust", Set.of("${initiator}"), Set.of("user:pat"));
    // a Camunda list with an expression is left to runtime
    assertGate(
        definitions,
        "T_Candidates",
        "Lane_Cust",
        Set.of("${initiator}"),
        Set.of("group:field", "group:auditors"));
    assertGate(
        definitions,
        "T_Literals",
        "Lane_Cust",
        Set.of("${initiator}"),
        Set.of("group:field", "user:zoe", "user:ann", "user:bea"));
    // the second pool has its own customer lane; a performer lane without a party names nobody
    assertGate(definitions, "T_B1", "Lane_B_Cust", Set.of("user:boss"), Set.of("group:b"));
    assertGate(definitions, "T_B2", "Lane_B_Cust", Set.of("user:boss"), Set.of("user:bob"));
    assertGate(definitions, "T_B3", "Lane_B_Cust", Set.of("user:boss"), Set.of("group:b"));
    // not gated: in the customer lane; not gateable
    assertThat(GateDefinition.of(activity(definitions, "T_Plain"))).isNull();
    assertThat(GateDefinition.of(activity(definitions, "T_Manual"))).isNull();
  }

  private static void assertGate(
      List<ProcessDefinitionEntity> definitions,
      String taskId,
      String customerLane,
      Set<String> customer,
      Set<String> performer) {
    GateDefinition gate = GateDefinition.of(activity(definitions, taskId));
    assertThat(gate).as(taskId + " gated").isNotNull();
    assertThat(gate.customerLaneId()).as(taskId + " customer lane").isEqualTo(customerLane);
    assertThat(keys(gate.customer())).as(taskId + " customer").isEqualTo(new TreeSet<>(customer));
    assertThat(keys(gate.performer()))
        .as(taskId + " performer")
        .isEqualTo(new TreeSet<>(performer));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelsWithLaneErrors")
  void a_gate_the_validator_refuses_for_its_lanes_the_engine_refuses_too(Path file) {
    assertThatThrownBy(() -> deploy(file, read(file)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("ActionLoop: task '");
  }

  private static List<ProcessDefinitionEntity> deploy(Path file, byte[] bpmn) {
    String deploymentId =
        repository
            .createDeployment()
            .addInputStream(file.getFileName().toString(), new java.io.ByteArrayInputStream(bpmn))
            .deploy()
            .getId();
    List<ProcessDefinitionEntity> result = new ArrayList<>();
    for (ProcessDefinition d :
        repository.createProcessDefinitionQuery().deploymentId(deploymentId).list()) {
      result.add(
          (ProcessDefinitionEntity)
              ((RepositoryServiceImpl) repository).getDeployedProcessDefinition(d.getId()));
    }
    return result;
  }

  private static ActivityImpl activity(List<ProcessDefinitionEntity> definitions, String id) {
    for (ProcessDefinitionEntity definition : definitions) {
      ActivityImpl activity = definition.findActivity(id);
      if (activity != null) {
        return activity;
      }
    }
    return null;
  }

  private static Set<String> keys(PartySpec party) {
    Set<String> keys = new TreeSet<>();
    party.users().forEach(u -> keys.add(PartyEntry.Kind.USER.prefix() + u));
    party.groups().forEach(g -> keys.add(PartyEntry.Kind.GROUP.prefix() + g));
    keys.addAll(party.expressions());
    return keys;
  }

  private static Set<String> keys(List<PartyEntry> entries) {
    Set<String> keys = new TreeSet<>();
    entries.forEach(e -> keys.add(e.toString()));
    return keys;
  }

  private static List<Finding> errors(Path model) {
    return VALIDATOR.validate(model(read(model))).stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .toList();
  }

  private static BpmnModelInstance model(byte[] bpmn) {
    try {
      return SafeModelReader.read(bpmn);
    } catch (UnreadableModelException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> bpmnIn(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
