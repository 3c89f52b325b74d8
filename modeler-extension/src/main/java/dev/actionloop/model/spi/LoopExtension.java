package dev.actionloop.model.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.camunda.bpm.model.xml.ModelBuilder;

/**
 * An extension point for other jars: model types, validation rules and check languages, found with
 * {@link ServiceLoader} (list the implementation in {@code
 * META-INF/services/dev.actionloop.model.spi.LoopExtension}). The built-in rules ship through this
 * same interface. Implementations need a public no-argument constructor and must be stateless.
 */
public interface LoopExtension {

  /**
   * Registers extra element types with camunda-bpmn-model, as its own {@code XxxImpl.registerType}
   * methods do. Called once, while {@code ActionLoopBpmn} is built; must not read models.
   */
  default void registerTypes(ModelBuilder builder) {}

  /** Validation rules this extension contributes. */
  default List<LoopRule> rules() {
    return List.of();
  }

  /** Languages for {@code loop:condition/@check} this extension contributes. */
  default List<CheckLanguage> checkLanguages() {
    return List.of();
  }

  /**
   * The extensions visible to a class loader. The loader is explicit because the context class
   * loader differs in web applications and Spring Boot jars.
   */
  static List<LoopExtension> discover(ClassLoader classLoader) {
    List<LoopExtension> extensions = new ArrayList<>();
    ServiceLoader.load(LoopExtension.class, classLoader).forEach(extensions::add);
    return extensions;
  }
}
