package dev.actionloop.model.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidateCommandTest {

  @TempDir Path temp;

  record Run(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  @Test
  void cleanModelExitsZero() throws Exception {
    Run run = run(rules("clean.bpmn").toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("clean.bpmn: ok").contains("0 errors");
  }

  @Test
  void ruleErrorExitsOneNamingCodeAndElement() throws Exception {
    Run run = run(rules("lane-role.bpmn").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("error loop/lane-role [Lane_Observer] Lane \"Audit\"");
  }

  @Test
  void warningsAloneExitZero() throws Exception {
    Run run = run(rules("task-not-gateable.bpmn").toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("warning loop/task-not-gateable [Task_Work]");
  }

  @Test
  void folderIsSearchedRecursively() throws Exception {
    Path nested = Files.createDirectories(temp.resolve("a/b"));
    Files.copy(rules("clean.bpmn"), nested.resolve("one.bpmn"));
    Files.copy(rules("duration.bpmn"), temp.resolve("a/two.bpmn"));
    Files.writeString(temp.resolve("a/notes.txt"), "not a model");

    Run run = run(temp.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("one.bpmn: ok").contains("two.bpmn: error loop/duration");
    assertThat(run.out()).doesNotContain("notes.txt").contains("2 files");
  }

  @Test
  void jsonFormatListsFindingsPerFile() throws Exception {
    Run run = run("--format", "json", rules("separation-of-duties.bpmn").toString());

    assertThat(run.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode finding = json.get("files").get(0).get("findings").get(0);
    assertThat(finding.get("code").asText()).isEqualTo("loop/separation-of-duties");
    assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
    assertThat(finding.get("element").asText()).isEqualTo("Task_Work");
    assertThat(finding.get("message").asText()).contains("group:managers");
  }

  @Test
  void jsonFormatReportsUnreadableFilesAsErrors() throws Exception {
    Run run = run("--format", "json", hostile("xxe.bpmn").toString());

    assertThat(run.exit()).isEqualTo(2);
    JsonNode file = new ObjectMapper().readTree(run.out()).get("files").get(0);
    assertThat(file.get("error").asText()).contains("DOCTYPE");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "empty.bpmn, the file is empty",
    "not-xml.bpmn, not well-formed XML (line 1)",
    "malformed.bpmn, not well-formed XML (line 5)",
    "not-bpmn.bpmn, not a BPMN 2.0 file: the root element is <project>",
    "doctype.bpmn, DTDs and entities are not allowed",
    "xxe.bpmn, DTDs and entities are not allowed",
    "billion-laughs.bpmn, DTDs and entities are not allowed",
    "invalid-bpmn.bpmn, not valid BPMN 2.0: line 4: cvc-complex-type.2.4.a"
  })
  void unreadableInputGetsOneLineAndExitTwo(String file, String reason) throws Exception {
    Run run = run(hostile(file).toString());

    assertUnreadable(run, file, reason);
  }

  @Test
  void externalEntityIsNeverExpanded() throws Exception {
    Run run = run("--format", "json", hostile("xxe.bpmn").toString());

    assertThat(run.all()).doesNotContain("root:");
  }

  @Test
  void fileOverTheSizeLimitIsRefusedBeforeReading() throws Exception {
    Path huge = temp.resolve("huge.bpmn");
    Files.write(huge, new byte[(int) SafeModelReaderLimits.DEFAULT + 1]);

    Run run = run(huge.toString());

    assertUnreadable(run, "huge.bpmn", "bytes; the limit is " + SafeModelReaderLimits.DEFAULT);
  }

  @Test
  void deeplyNestedXmlIsRefused() throws Exception {
    Path deep = temp.resolve("deep.bpmn");
    String open = "<bpmn:documentation>".repeat(5000);
    String close = "</bpmn:documentation>".repeat(5000);
    Files.writeString(
        deep,
        "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
            + open
            + close
            + "</bpmn:definitions>");

    Run run = run(deep.toString());

    assertUnreadable(run, "deep.bpmn", "the XML exceeds a safety limit");
  }

  @Test
  void missingFileAndEmptyFolderAreUnreadable() throws Exception {
    assertUnreadable(run(temp.resolve("nope.bpmn").toString()), "nope.bpmn", "no such file");
    assertUnreadable(run(temp.toString()), temp.toString(), "contains no .bpmn files");
  }

  @Test
  void unreadableWinsOverRuleErrors() throws Exception {
    Run run = run(rules("duration.bpmn").toString(), hostile("empty.bpmn").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("loop/duration");
  }

  @Test
  void usageErrorExitsTwo() throws Exception {
    Run run = run("--format", "xml", "x.bpmn");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid value for option '--format'");
  }

  private static void assertUnreadable(Run run, String file, String reason) {
    assertThat(run.exit()).as(run.all()).isEqualTo(2);
    String line =
        run.err().lines().filter(l -> l.contains(": cannot read: ")).findFirst().orElseThrow();
    assertThat(line).contains(file).contains(reason);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int[] exit = new int[1];
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> exit[0] = ValidateCommand.run(args, new PrintWriter(out), new PrintWriter(err)));
    return new Run(exit[0], out.toString(), err.toString());
  }

  private static Path rules(String name) throws URISyntaxException {
    return Path.of(ValidateCommandTest.class.getResource("/fixtures/rules/" + name).toURI());
  }

  private static Path hostile(String name) throws URISyntaxException, IOException {
    return Path.of(ValidateCommandTest.class.getResource("/fixtures/hostile/" + name).toURI());
  }

  /** The reader's default limit, named here so the test reads as a sentence. */
  private static final class SafeModelReaderLimits {
    static final long DEFAULT = dev.actionloop.model.validation.SafeModelReader.DEFAULT_MAX_BYTES;
  }
}
