package dev.actionloop.server.deploy;

import dev.actionloop.model.validation.LoopValidator;
import dev.actionloop.model.validation.SafeModelReader;
import dev.actionloop.model.validation.Severity;
import dev.actionloop.model.validation.UnreadableModelException;
import dev.actionloop.server.config.DeployProperties;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Deploys a .bpmn file only after it passed, in order: the size limit, a hardened XML parse (no
 * DOCTYPE, so no external entities or entity expansion), the BPMN schema, the ActionLoop model
 * rules and the deployment allowlist (which trusted deployers skip). A refusal names the element
 * and the cause, and deploys nothing.
 */
@Service
public class DeploymentService {

  private final RepositoryService repositoryService;
  private final List<DeploymentRule> rules;
  private final DeployProperties properties;
  private final LoopValidator validator = LoopValidator.withDiscoveredRules();

  public DeploymentService(
      RepositoryService repositoryService,
      List<DeploymentRule> rules,
      DeployProperties properties) {
    this.repositoryService = repositoryService;
    this.rules = List.copyOf(rules);
    this.properties = properties;
  }

  /**
   * @param fileName the uploaded file's name, used as the deployment's resource name
   * @param deployer who deploys (recorded as the deployment source, checked against the trusted
   *     deployers)
   * @param trusted whether the deployer may skip the allowlist
   */
  public DeployResult deploy(String fileName, byte[] content, String deployer, boolean trusted) {
    if (content.length > properties.getMaxSize().toBytes()) {
      throw ModelRejectedException.tooLarge(
          "The file is larger than the limit of " + properties.getMaxSize() + ".");
    }
    BpmnModelInstance model = parse(content);
    Document dom = (Document) model.getDocument().getDomSource().getNode();
    List<Finding> findings = new ArrayList<>(modelRules(model));
    requireExecutableProcess(dom, findings);
    for (DeploymentRule rule : rules) {
      if (!(trusted && rule.skippedForTrustedDeployers())) {
        rule.check(dom, findings);
      }
    }
    List<Finding> errors = findings.stream().filter(Finding::isError).toList();
    if (!errors.isEmpty()) {
      throw new ModelRejectedException(summary(errors), findings);
    }
    Deployment deployment = engineDeploy(resourceName(fileName), content, deployer);
    List<ProcessView> processes =
        repositoryService
            .createProcessDefinitionQuery()
            .deploymentId(deployment.getId())
            .list()
            .stream()
            .map(ProcessView::of)
            .toList();
    return new DeployResult(deployment.getId(), processes, findings);
  }

  /** The model-extension's hardened reader: bounded, no DOCTYPE, BPMN root, schema-valid. */
  private static BpmnModelInstance parse(byte[] content) {
    try {
      return SafeModelReader.read(content);
    } catch (UnreadableModelException e) {
      throw reject(parseFinding(e.getMessage()));
    }
  }

  private static Finding parseFinding(String reason) {
    if (reason.contains("DOCTYPE")) {
      return Finding.error(
          "deploy/doctype",
          null,
          "The file declares a DOCTYPE. DTDs and entities are refused (they allow XXE and entity"
              + " expansion attacks); remove the <!DOCTYPE ...> declaration.");
    }
    if (reason.startsWith("the file is empty")) {
      return Finding.error("deploy/empty", null, "The file is empty.");
    }
    if (reason.startsWith("not a BPMN 2.0 file")) {
      return Finding.error("deploy/not-bpmn", null, "The file is " + reason + ".");
    }
    if (reason.startsWith("not valid BPMN 2.0")) {
      return Finding.error(
          "deploy/invalid-bpmn", null, "The file does not follow the BPMN 2.0 schema: " + reason);
    }
    return Finding.error("deploy/malformed-xml", null, "The file is not readable XML: " + reason);
  }

  /** The ActionLoop model rules (docs/rules.md); they apply to every deployer. */
  private List<Finding> modelRules(BpmnModelInstance model) {
    return validator.validate(model).stream()
        .map(
            f ->
                new Finding(
                    f.code(),
                    f.severity() == Severity.ERROR ? "error" : "warning",
                    f.elementId(),
                    f.message()))
        .toList();
  }

  private static void requireExecutableProcess(Document dom, List<Finding> findings) {
    boolean[] executable = {false};
    ModelDom.forEachElement(
        dom,
        element -> {
          if (isExecutableProcess(element)) {
            executable[0] = true;
          }
        });
    if (!executable[0]) {
      findings.add(
          Finding.error(
              "deploy/no-executable-process",
              null,
              "The model has no executable process: set isExecutable=\"true\" on the process the"
                  + " engine should run."));
    }
  }

  private static boolean isExecutableProcess(Element element) {
    return ModelDom.BPMN_NS.equals(element.getNamespaceURI())
        && "process".equals(element.getLocalName())
        && "true".equals(element.getAttribute("isExecutable"));
  }

  private Deployment engineDeploy(String resourceName, byte[] content, String deployer) {
    try {
      return repositoryService
          .createDeployment()
          .name(resourceName)
          .source("actionloop-api:" + deployer)
          .enableDuplicateFiltering(true)
          .addInputStream(resourceName, new ByteArrayInputStream(content))
          .deploy();
    } catch (ParseException e) {
      List<Finding> findings = new ArrayList<>();
      e.getResorceReports()
          .forEach(
              report ->
                  report
                      .getErrors()
                      .forEach(
                          problem ->
                              findings.add(
                                  Finding.error(
                                      "deploy/engine",
                                      problem.getMainElementId(),
                                      problem.getMessage()))));
      if (findings.isEmpty()) {
        findings.add(Finding.error("deploy/engine", null, e.getMessage()));
      }
      throw new ModelRejectedException(summary(findings), findings);
    }
  }

  /** Only a plain file name, ending in .bpmn so the engine parses it as BPMN. */
  static String resourceName(String fileName) {
    String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
    name = name.replaceAll("[^A-Za-z0-9._ -]", "_").trim();
    if (name.isEmpty()) {
      name = "model";
    }
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") ? name : name + ".bpmn";
  }

  private static ModelRejectedException reject(Finding finding) {
    return new ModelRejectedException(finding.message(), List.of(finding));
  }

  private static String summary(List<Finding> errors) {
    Finding first = errors.get(0);
    String where = first.elementId() == null ? "" : " (element " + first.elementId() + ")";
    String more = errors.size() == 1 ? "" : " And " + (errors.size() - 1) + " more problem(s).";
    return "The model was not deployed: " + first.message() + where + more;
  }

  /** What was deployed. */
  public record DeployResult(
      String deploymentId, List<ProcessView> processes, List<Finding> findings) {}
}
