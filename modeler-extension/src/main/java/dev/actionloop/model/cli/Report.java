package dev.actionloop.model.cli;

import java.io.PrintWriter;
import java.util.List;

/** An output format of the command. */
interface Report {

  void write(List<FileResult> results, PrintWriter out, PrintWriter err);
}
