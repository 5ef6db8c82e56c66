package org.typedipc.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How build tools find the processor and how Gradle treats its outputs. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RegistrationTest {
  @Test
  void javacFindsTheProcessorAsAService() {
    boolean found = ServiceLoader.load(Processor.class, RegistrationTest.class.getClassLoader()).stream()
        .anyMatch(provider -> provider.type() == IpcProcessor.class);
    assertThat(found).isTrue();
  }

  @Test
  void gradleTreatsTheProcessorAsIsolating() throws IOException {
    try (InputStream in = RegistrationTest.class.getClassLoader()
        .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
          .isEqualTo("org.typedipc.processor.IpcProcessor,isolating");
    }
  }
}
