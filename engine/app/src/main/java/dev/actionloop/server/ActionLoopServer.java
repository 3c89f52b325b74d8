package dev.actionloop.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The ActionLoop server: the engine with the ActionLoop plugin, its REST API and web pages. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ActionLoopServer {

  public static void main(String[] args) {
    SpringApplication.run(ActionLoopServer.class, args);
  }
}
