package dev.actionloop.server.audit;

import dev.actionloop.engine.Act;
import dev.actionloop.engine.AuditService;
import dev.actionloop.engine.ChainVerification;
import dev.actionloop.server.web.ApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For auditors: an instance's acts, the check of their hash chain, and exports. */
@RestController
class AuditController {

  private final AuditService audit;
  private final HistoryService historyService;

  AuditController(AuditService audit, HistoryService historyService) {
    this.audit = audit;
    this.historyService = historyService;
  }

  @GetMapping("/api/instances/{id}/acts")
  List<Act> acts(@PathVariable String id) {
    return transcript(id);
  }

  @GetMapping("/api/instances/{id}/acts/verify")
  VerificationView verify(@PathVariable String id) {
    transcript(id);
    return VerificationView.of(audit.verify(id));
  }

  @GetMapping("/api/instances/{id}/acts/export")
  ResponseEntity<?> export(
      @PathVariable String id, @RequestParam(defaultValue = "json") String format)
      throws IOException {
    List<Act> acts = transcript(id);
    ContentDisposition file =
        ContentDisposition.attachment().filename("acts-" + id + "." + format).build();
    return switch (format) {
      case "json" ->
          ResponseEntity.ok()
              .header(HttpHeaders.CONTENT_DISPOSITION, file.toString())
              .contentType(MediaType.APPLICATION_JSON)
              .body(acts);
      case "csv" ->
          ResponseEntity.ok()
              .header(HttpHeaders.CONTENT_DISPOSITION, file.toString())
              .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
              .body(ActsCsv.write(acts));
      default -> throw ApiException.badRequest("format must be csv or json, not '" + format + "'.");
    };
  }

  /** The acts of an instance; 404 when no such instance ever ran. */
  private List<Act> transcript(String id) {
    List<Act> acts = audit.transcript(id);
    if (acts.isEmpty()
        && historyService.createHistoricProcessInstanceQuery().processInstanceId(id).count() == 0) {
      throw ApiException.notFound("No process instance " + id + ".");
    }
    return acts;
  }

  /** {@link ChainVerification} with its verdict spelled out. */
  record VerificationView(
      String processInstanceId,
      int actsChecked,
      boolean intact,
      Long firstBrokenSequence,
      String problem) {
    static VerificationView of(ChainVerification v) {
      return new VerificationView(
          v.processInstanceId(), v.actsChecked(), v.intact(), v.firstBrokenSequence(), v.problem());
    }
  }
}
