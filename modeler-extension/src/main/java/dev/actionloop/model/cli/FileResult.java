package dev.actionloop.model.cli;

import dev.actionloop.model.validation.Finding;
import java.nio.file.Path;
import java.util.List;

/** The outcome for one file: its findings, or why it could not be read. */
record FileResult(Path file, List<Finding> findings, String error) {

  static FileResult unreadable(Path file, String error) {
    return new FileResult(file, List.of(), error);
  }
}
