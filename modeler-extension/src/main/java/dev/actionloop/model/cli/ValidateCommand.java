package dev.actionloop.model.cli;

import dev.actionloop.model.validation.Finding;
import dev.actionloop.model.validation.LoopValidator;
import dev.actionloop.model.validation.SafeModelReader;
import dev.actionloop.model.validation.UnreadableModelException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar actionloop-validate.jar <file-or-folder>...}: validates BPMN models against the
 * ActionLoop rules. Exit 0 when clean (warnings allowed), 1 on rule errors, 2 on unreadable input
 * or a usage error.
 */
@Command(
    name = "actionloop-validate",
    mixinStandardHelpOptions = true,
    version = "actionloop-validate 0.1.0",
    description = "Checks BPMN models against the ActionLoop model rules (docs/rules.md).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no errors (warnings may be reported)",
      "1:at least one rule error",
      "2:unreadable input, or a usage error"
    })
public final class ValidateCommand implements Callable<Integer> {

  static final int CLEAN = 0;
  static final int RULE_ERRORS = 1;
  static final int UNREADABLE = 2;

  @Parameters(
      arity = "1..*",
      paramLabel = "<file-or-folder>",
      description = "BPMN files, or folders searched recursively for *.bpmn")
  List<Path> paths;

  @Option(
      names = "--format",
      defaultValue = "human",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(
      names = "--max-size",
      defaultValue = "" + SafeModelReader.DEFAULT_MAX_BYTES,
      description = "Largest file read, in bytes (default: ${DEFAULT-VALUE})")
  long maxBytes;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  enum Format {
    human,
    json
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command with the given output streams; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new ValidateCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    // Whatever goes wrong inside, the user gets one line, never a stack trace.
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("actionloop-validate: " + e);
          return UNREADABLE;
        });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() {
    LoopValidator validator = LoopValidator.withDiscoveredRules();
    List<FileResult> results = new ArrayList<>();
    for (Path path : paths) {
      List<Path> files = expand(path);
      if (files.isEmpty()) {
        results.add(FileResult.unreadable(path, "the folder contains no .bpmn files"));
      }
      for (Path file : files) {
        results.add(validate(validator, file));
      }
    }
    Report report = format == Format.json ? new JsonReport() : new HumanReport();
    report.write(results, spec.commandLine().getOut(), spec.commandLine().getErr());
    if (results.stream().anyMatch(r -> r.error() != null)) {
      return UNREADABLE;
    }
    return results.stream().anyMatch(r -> LoopValidator.hasErrors(r.findings()))
        ? RULE_ERRORS
        : CLEAN;
  }

  private FileResult validate(LoopValidator validator, Path file) {
    try {
      BpmnModelInstance model = SafeModelReader.read(file, maxBytes);
      List<Finding> findings = validator.validate(model);
      return new FileResult(file, findings, null);
    } catch (UnreadableModelException e) {
      return FileResult.unreadable(file, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return FileResult.unreadable(file, "could not be validated: " + e);
    }
  }

  private static List<Path> expand(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".bpmn"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of(path);
    }
  }
}
