package dev.actionloop.server.deploy;

import dev.actionloop.server.config.DeployProperties;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/deployments}: analysts deploy a .bpmn file (multipart field {@code file}). */
@RestController
class DeploymentController {

  private final DeploymentService deployments;
  private final DeployProperties properties;

  DeploymentController(DeploymentService deployments, DeployProperties properties) {
    this.deployments = deployments;
    this.properties = properties;
  }

  @PostMapping(path = "/api/deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<DeploymentService.DeployResult> deploy(
      @RequestPart("file") MultipartFile file, Authentication user) throws IOException {
    if (file.getSize() > properties.getMaxSize().toBytes()) {
      throw ModelRejectedException.tooLarge(
          "The file is larger than the limit of " + properties.getMaxSize() + ".");
    }
    boolean trusted = properties.getTrustedDeployers().contains(user.getName());
    DeploymentService.DeployResult result =
        deployments.deploy(file.getOriginalFilename(), file.getBytes(), user.getName(), trusted);
    return ResponseEntity.created(URI.create("/api/processes")).body(result);
  }
}
