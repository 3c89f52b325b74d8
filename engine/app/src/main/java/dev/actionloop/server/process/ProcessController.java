package dev.actionloop.server.process;

import dev.actionloop.server.deploy.ProcessView;
import dev.actionloop.server.web.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deployed processes: list them, read their XML, start an instance. */
@RestController
class ProcessController {

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;

  ProcessController(RepositoryService repositoryService, RuntimeService runtimeService) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
  }

  /** The latest version of every process, or every version with {@code ?all=true}. */
  @GetMapping("/api/processes")
  List<ProcessView> processes(@RequestParam(defaultValue = "false") boolean all) {
    ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery();
    if (!all) {
      query.latestVersion();
    }
    return query
        .orderByProcessDefinitionKey()
        .asc()
        .orderByProcessDefinitionVersion()
        .desc()
        .listPage(0, 1000)
        .stream()
        .map(ProcessView::of)
        .toList();
  }

  /**
   * The BPMN XML of a process definition. Sent as a download that browsers never render: a model
   * may carry markup, and XML rendered in a browser can run script.
   */
  @GetMapping("/api/processes/{id}/xml")
  ResponseEntity<byte[]> xml(@PathVariable String id) throws IOException {
    byte[] xml;
    try (InputStream in = repositoryService.getProcessModel(id)) {
      xml = in.readAllBytes();
    } catch (NotFoundException e) {
      throw ApiException.notFound("No process definition with id " + id + ".");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_XML)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("process.bpmn").build().toString())
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .body(xml);
  }

  /**
   * Starts the latest version of a process as the signed-in user, who becomes its initiator (the
   * engine reads the initiator from the identity the API sets for every request).
   */
  @PostMapping("/api/processes/{key}/instances")
  ResponseEntity<InstanceView> start(
      @PathVariable String key, @RequestBody(required = false) StartRequest request) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
      throw ApiException.notFound("No process is deployed with key " + key + ".");
    }
    StartRequest start = request == null ? new StartRequest(null, null) : request;
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            key, start.businessKey(), variables(start.variables()));
    InstanceView view =
        new InstanceView(
            instance.getId(), instance.getProcessDefinitionId(), instance.getBusinessKey());
    return ResponseEntity.created(URI.create("/api/instances/" + instance.getId() + "/acts"))
        .body(view);
  }

  /** Only plain values: objects would be stored as serialized Java or JSON the engine parses. */
  private static Map<String, Object> variables(Map<String, Object> requested) {
    Map<String, Object> variables = new LinkedHashMap<>();
    if (requested == null) {
      return variables;
    }
    requested.forEach(
        (name, value) -> {
          if (value != null
              && !(value instanceof String
                  || value instanceof Integer
                  || value instanceof Long
                  || value instanceof Double
                  || value instanceof Boolean)) {
            throw ApiException.badRequest(
                "Variable "
                    + name
                    + " must be a string, number, boolean or null; objects and lists are not"
                    + " accepted.");
          }
          variables.put(name, value);
        });
    return variables;
  }

  /** What starts an instance: an optional business key and plain variables. */
  record StartRequest(String businessKey, Map<String, Object> variables) {}

  record InstanceView(String id, String processDefinitionId, String businessKey) {}
}
