package org.typedipc.blackbox.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.api.IpcGenerated;

/** Generated companions use the runtime's user API and SPI only, never its internals or transports. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GeneratedCodeDependenciesTest {
  private static final DescribedPredicate<JavaClass> GENERATED =
      DescribedPredicate.describe("generated companions and their nested classes", GeneratedCodeDependenciesTest::isGenerated);

  @Test
  void generatedCodeUsesOnlyTheUserApiAndTheSpi() {
    JavaClasses blackbox = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.typedipc.blackbox");
    noClasses().that(GENERATED)
        .should().dependOnClassesThat(resideInAPackage("org.typedipc.runtime..")
            .and(DescribedPredicate.not(resideInAnyPackage("org.typedipc.runtime", "org.typedipc.runtime.spi"))))
        .check(blackbox);
  }

  private static boolean isGenerated(JavaClass type) {
    for (Optional<JavaClass> current = Optional.of(type); current.isPresent(); current = current.get().getEnclosingClass()) {
      if (current.get().isAnnotatedWith(IpcGenerated.class)) {
        return true;
      }
    }
    return false;
  }
}
