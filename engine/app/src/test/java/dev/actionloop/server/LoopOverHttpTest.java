package dev.actionloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole loop over HTTP, as its users live it: an analyst deploys, a customer requests, a
 * performer promises and declares, the customer rejects once and then accepts, an auditor reads the
 * transcript and checks its chain.
 */
class LoopOverHttpTest extends ServerTest {

  private static final Map<String, Boolean> ALL_MET = Map.of("image", true, "tag", true);

  private String instanceId;
  private String taskId;

  @BeforeEach
  void aliceRequestsALaptop() {
    Api.Response deployed =
        as("ana").deploy("laptop-request.bpmn", resource("processes/laptop-request.bpmn"));
    assertThat(deployed.status()).as(deployed.toString()).isEqualTo(201);

    Api.Response started =
        as("alice")
            .post(
                "/api/processes/laptop-request/instances",
                Map.of("businessKey", "laptop-" + System.nanoTime(), "variables", Map.of("n", 1)));
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    instanceId = started.json().path("id").asText();
    taskId = loopOf(as("bob").get("/api/loops?role=performer&state=requested"), instanceId);
  }

  @Test
  void promiseDeclareRejectDeclareAcceptAndTheTranscriptVerifies() {
    assertThat(act("bob", "promise", Map.of("due", "2030-01-31T17:00:00Z", "comment", "on it")))
        .isEqualTo("PROMISED");
    assertThat(act("bob", "declare", Map.of("verdicts", ALL_MET, "evidence", "imaged")))
        .isEqualTo("DECLARED");
    assertThat(
            act(
                "alice",
                "reject",
                Map.of("reason", "no asset tag", "failedConditions", List.of("tag"))))
        .isEqualTo("PROMISED");
    JsonNode second = as("alice").get("/api/loops/" + taskId).json();
    assertThat(second.path("round").asInt()).isEqualTo(2);
    assertThat(act("bob", "declare", Map.of("verdicts", ALL_MET, "evidence", "tag AT-7")))
        .isEqualTo("DECLARED");
    assertThat(act("alice", "accept", Map.of("verdicts", ALL_MET))).isEqualTo("ACCEPTED");

    Api.Response acts = as("audrey").get("/api/instances/" + instanceId + "/acts");
    assertThat(acts.status()).isEqualTo(200);
    assertThat(acts.json().findValuesAsText("type"))
        .containsExactly("REQUEST", "PROMISE", "DECLARE", "REJECT", "DECLARE", "ACCEPT");
    assertThat(acts.json().findValuesAsText("actor"))
        .containsExactly("alice", "bob", "bob", "alice", "bob", "alice");
    JsonNode verification =
        as("audrey").get("/api/instances/" + instanceId + "/acts/verify").json();
    assertThat(verification.path("intact").asBoolean()).isTrue();
    assertThat(verification.path("actsChecked").asInt()).isEqualTo(6);

    Api.Response csv = as("audrey").get("/api/instances/" + instanceId + "/acts/export?format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.body().lines()).hasSize(7).first().asString().startsWith("sequence,");
    Api.Response json =
        as("audrey").get("/api/instances/" + instanceId + "/acts/export?format=json");
    assertThat(json.json().size()).isEqualTo(6);
  }

  @Test
  void theLoopShowsConditionsVerdictsAndHistory() {
    act("bob", "promise", Map.of());
    act("bob", "declare", Map.of("verdicts", ALL_MET));

    JsonNode loop = as("alice").get("/api/loops/" + taskId).json();

    assertThat(loop.path("state").asText()).isEqualTo("DECLARED");
    assertThat(loop.path("customer").path("users").toString()).contains("alice");
    assertThat(loop.path("performer").path("groups").toString()).contains("performers");
    assertThat(loop.path("conditions").findValuesAsText("id")).contains("image", "tag", "early");
    assertThat(loop.path("conditions").get(0).path("verdict").asBoolean()).isTrue();
    assertThat(loop.path("history").findValuesAsText("type"))
        .containsExactly("REQUEST", "PROMISE", "DECLARE");
  }

  @Test
  void aPerformerCannotAcceptTheirOwnWork() {
    act("bob", "promise", Map.of());
    act("bob", "declare", Map.of("verdicts", ALL_MET));

    Api.Response response =
        as("bob").post("/api/loops/" + taskId + "/accept", Map.of("verdicts", ALL_MET));

    assertThat(response.status()).as(response.toString()).isEqualTo(403);
    assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(as("alice").get("/api/loops/" + taskId).json().path("state").asText())
        .isEqualTo("DECLARED");
  }

  @Test
  void someoneElsesLoopIsNotFound() {
    assertThat(as("carol").get("/api/loops/" + taskId).status()).isEqualTo(404);
    assertThat(
            as("carol")
                .post("/api/loops/" + taskId + "/cancel", Map.of("reason", "mine?"))
                .status())
        .isEqualTo(404);
    assertThat(as("carol").get("/api/loops").json().findValuesAsText("taskId"))
        .doesNotContain(taskId);
  }

  @Test
  void anActOutOfTurnIsAConflict() {
    Api.Response response =
        as("alice").post("/api/loops/" + taskId + "/accept", Map.of("verdicts", ALL_MET));

    assertThat(response.status()).as(response.toString()).isIn(403, 409);
    Api.Response twice = as("bob").post("/api/loops/" + taskId + "/promise", Map.of());
    assertThat(twice.status()).isEqualTo(200);
    assertThat(as("dave").post("/api/loops/" + taskId + "/promise", Map.of()).status())
        .isEqualTo(409);
  }

  @Test
  void badInputIsA400NamingTheProblem() {
    Api.Response date =
        as("bob").post("/api/loops/" + taskId + "/promise", "{\"due\":\"tomorrow\"}");
    Api.Response json = as("bob").post("/api/loops/" + taskId + "/promise", "{not json");
    Api.Response reason = as("bob").post("/api/loops/" + taskId + "/decline", Map.of());
    Api.Response unsafeCheck =
        as("bob")
            .post(
                "/api/loops/" + taskId + "/counter-offer",
                Map.of(
                    "conditions",
                    List.of(
                        Map.of(
                            "id", "x",
                            "text", "x",
                            "required", true,
                            "check", "${''.getClass().forName('java.lang.Runtime')}"))));
    Api.Response unknownAct = as("bob").post("/api/loops/" + taskId + "/finish", Map.of());
    Api.Response misspelt =
        as("bob").post("/api/loops/" + taskId + "/promise", Map.of("comments", "on it"));

    assertThat(date.status()).isEqualTo(400);
    assertThat(date.json().path("detail").asText()).contains("ISO-8601");
    assertThat(json.status()).isEqualTo(400);
    assertThat(reason.status()).isEqualTo(400);
    assertThat(reason.json().path("detail").asText()).contains("reason");
    assertThat(unsafeCheck.status()).isEqualTo(400);
    assertThat(unsafeCheck.json().path("detail").asText()).contains("method");
    assertThat(unknownAct.status()).isEqualTo(404);
    assertThat(misspelt.status()).isEqualTo(400);
    assertThat(misspelt.json().path("detail").asText())
        .contains("Unknown field 'comments'")
        .contains("comment");
    assertThat(as("bob").get("/api/loops/" + taskId).json().path("state").asText())
        .as("nothing was promised by the refused requests")
        .isEqualTo("REQUESTED");
  }

  @Test
  void onlyAdminsOverride() {
    assertThat(as("bob").post("/api/loops/" + taskId + "/override", Map.of("reason", "x")).status())
        .isEqualTo(403);
    Api.Response response =
        as("admin")
            .post("/api/loops/" + taskId + "/override", Map.of("reason", "stuck, agreed by phone"));

    assertThat(response.status()).as(response.toString()).isIn(200, 204);
  }

  @Test
  void actsAreCounted() {
    act("bob", "promise", Map.of());

    Api.Response metric = as("admin").get("/actuator/metrics/actionloop.acts?tag=type:promise");

    assertThat(metric.status()).isEqualTo(200);
    assertThat(metric.json().path("measurements").get(0).path("value").asDouble()).isPositive();
  }

  private String act(String user, String act, Object body) {
    Api.Response response = as(user).post("/api/loops/" + taskId + "/" + act, body);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().path("state").asText();
  }

  private static String loopOf(Api.Response loops, String instanceId) {
    assertThat(loops.status()).as(loops.toString()).isEqualTo(200);
    for (JsonNode loop : loops.json()) {
      if (loop.path("processInstanceId").asText().equals(instanceId)) {
        return loop.path("taskId").asText();
      }
    }
    throw new AssertionError("no loop for instance " + instanceId + " in " + loops.body());
  }
}
