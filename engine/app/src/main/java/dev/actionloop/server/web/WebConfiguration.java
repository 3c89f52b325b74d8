package dev.actionloop.server.web;

import dev.actionloop.server.config.DeployProperties;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The modeler page at {@code /modeler/} and the upload limit derived from the deploy limit. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/modeler", "/modeler/");
    registry.addViewController("/modeler/").setViewName("forward:/modeler/index.html");
  }

  /** Uploads stop at the deploy limit plus room for the multipart envelope. */
  @Bean
  MultipartConfigElement multipartConfigElement(DeployProperties properties) {
    MultipartConfigFactory factory = new MultipartConfigFactory();
    long limit = properties.getMaxSize().toBytes();
    factory.setMaxFileSize(DataSize.ofBytes(limit));
    factory.setMaxRequestSize(DataSize.ofBytes(limit + 64 * 1024));
    factory.setFileSizeThreshold(DataSize.ofKilobytes(256));
    return factory.createMultipartConfig();
  }
}
