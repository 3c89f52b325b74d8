package dev.actionloop.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole server on a random port with a private in-memory H2 and the demo users. Test classes
 * extending this share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ServerTest {

  @LocalServerPort protected int port;
  @Autowired protected RepositoryService repositoryService;

  protected Api anonymous() {
    return Api.at(port);
  }

  protected Api as(String user) {
    return Api.at(port).as(user);
  }

  protected long deploymentCount() {
    return repositoryService.createDeploymentQuery().count();
  }

  protected static byte[] resource(String path) {
    try {
      return new ClassPathResource(path).getContentAsByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
