package dev.actionloop.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine plugin runs in any Camunda 7 engine: no Spring, and the API does not leak impl. */
@AnalyzeClasses(
    packages = "dev.actionloop.engine",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule no_spring =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");

  @ArchTest
  static final ArchRule api_does_not_depend_on_impl_except_the_entry_points =
      noClasses()
          .that()
          .resideInAPackage("dev.actionloop.engine")
          .and()
          .doNotHaveSimpleName("ActionLoop")
          .and()
          .doNotHaveSimpleName("ActionLoopPlugin")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.actionloop.engine.impl..");
}
