package dev.actionloop.model;

import dev.actionloop.model.impl.LoopConditionImpl;
import dev.actionloop.model.impl.LoopConditionsImpl;
import dev.actionloop.model.spi.LoopExtension;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.xml.ModelBuilder;

/**
 * camunda-bpmn-model with the ActionLoop types (and the types of every {@link LoopExtension} on the
 * class path) registered. {@link #install()} makes it {@link Bpmn#INSTANCE}, so that {@code
 * Bpmn.readModelFromStream} (and the Camunda engine, which reads through the same singleton)
 * returns typed {@link LoopConditions}. The entry points of this module install it on first use.
 */
public final class ActionLoopBpmn extends Bpmn {

  private ActionLoopBpmn() {}

  /**
   * Installs the ActionLoop model as {@link Bpmn#INSTANCE}, once per JVM. Models read before the
   * installation stay untyped: install before reading (an engine plugin does it in {@code
   * preInit}).
   */
  public static synchronized void install() {
    if (!(Bpmn.INSTANCE instanceof ActionLoopBpmn)) {
      Bpmn.INSTANCE = new ActionLoopBpmn();
    }
  }

  /** Whether the ActionLoop model is the installed {@link Bpmn#INSTANCE}. */
  public static boolean isInstalled() {
    return Bpmn.INSTANCE instanceof ActionLoopBpmn;
  }

  // Runs inside Bpmn's constructor: no instance state may be used here.
  @Override
  protected void doRegisterTypes(ModelBuilder builder) {
    super.doRegisterTypes(builder);
    LoopConditionImpl.registerType(builder);
    LoopConditionsImpl.registerType(builder);
    List<LoopExtension> extensions = LoopExtension.discover(ActionLoopBpmn.class.getClassLoader());
    for (LoopExtension extension : extensions) {
      extension.registerTypes(builder);
    }
  }
}
