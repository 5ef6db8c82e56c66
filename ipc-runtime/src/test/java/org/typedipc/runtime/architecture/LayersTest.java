package org.typedipc.runtime.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The runtime's layers point down only. Each layer names the layers it may use; anything else —
 * an upward import, or a new package outside every layer — fails here with the offending line.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LayersTest {
  private static final String RUNTIME = "org.typedipc.runtime";
  private static JavaClasses runtime;

  @BeforeAll
  static void importRuntime() {
    runtime = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(RUNTIME);
  }

  @Test
  void everyLayerUsesOnlyTheLayersBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("connect").definedBy(RUNTIME + ".internal.connect..")
        .layer("protocol").definedBy(RUNTIME + ".internal.protocol..")
        .layer("main side").definedBy(RUNTIME + ".internal.main..")
        .layer("renderer side").definedBy(RUNTIME + ".internal.renderer..")
        .layer("dispatch").definedBy(RUNTIME + ".internal.dispatch..")
        .layer("loop").definedBy(RUNTIME + ".internal.loop..")
        .layer("SPI").definedBy(RUNTIME + ".spi..")
        .layer("user API").definedBy(RUNTIME)
        .layer("built-in transports").definedBy(RUNTIME + ".internal.transport..")
        .layer("transport SPI").definedBy(RUNTIME + ".transport..")
        .layer("messages").definedBy(RUNTIME + ".internal.messages..")
        .whereLayer("connect").mayNotBeAccessedByAnyLayer()
        .whereLayer("protocol").mayOnlyAccessLayers("main side", "renderer side", "dispatch", "loop", "SPI", "user API", "transport SPI", "messages")
        .whereLayer("main side").mayOnlyAccessLayers("renderer side", "dispatch", "loop", "SPI", "user API", "transport SPI", "messages")
        .whereLayer("renderer side").mayOnlyAccessLayers("dispatch", "loop", "SPI", "user API", "messages")
        .whereLayer("dispatch").mayOnlyAccessLayers("loop", "SPI", "user API", "messages")
        .whereLayer("loop").mayOnlyAccessLayers("messages")
        .whereLayer("SPI").mayOnlyAccessLayers("user API", "messages")
        .whereLayer("user API").mayOnlyAccessLayers("built-in transports", "transport SPI", "messages")
        .whereLayer("built-in transports").mayOnlyAccessLayers("transport SPI", "messages")
        .whereLayer("transport SPI").mayNotAccessAnyLayer()
        .whereLayer("messages").mayNotAccessAnyLayer()
        .ensureAllClassesAreContainedInArchitecture()
        .check(runtime);
  }

  @Test
  void noPackageCycle() {
    slices().matching("org.typedipc.(**)").should().beFreeOfCycles().check(runtime);
  }

  @Test
  void theExportedPackagesExposeNoInternalType() {
    ExportedSurface.shouldNotExposeInternalTypes(RUNTIME + ".internal", RUNTIME, RUNTIME + ".spi", RUNTIME + ".transport")
        .check(runtime);
  }
}
