package org.typedipc.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class NamesTest {
  @Test
  void constantsSplitCamelCaseAndAcronyms() {
    assertThat(Names.constant("read")).isEqualTo("READ");
    assertThat(Names.constant("readAll")).isEqualTo("READ_ALL");
    assertThat(Names.constant("readURL")).isEqualTo("READ_URL");
    assertThat(Names.constant("parseHTTPRequest")).isEqualTo("PARSE_HTTP_REQUEST");
    assertThat(Names.constant("v2Name")).isEqualTo("V2_NAME");
  }

  @Test
  void moduleInfoRequiresIgnoresCommentsAndStaticButAcceptsTransitive() {
    String moduleInfo = String.join("\n",
        "/* requires org.typedipc.runtime; */",
        "module app {",
        "  // requires org.typedipc.runtime;",
        "  requires static org.typedipc.api;",
        "  requires transitive org.typedipc.runtimeextra;",
        "}");
    assertThat(ModuleCheck.requires(moduleInfo, "org.typedipc.runtime")).isFalse();
    assertThat(ModuleCheck.requires(moduleInfo, "org.typedipc.api")).isFalse();
    assertThat(ModuleCheck.requires("module app { requires transitive org.typedipc.api ; }", "org.typedipc.api")).isTrue();
    assertThat(ModuleCheck.requires("module app {requires\norg.typedipc.runtime;}", "org.typedipc.runtime")).isTrue();
  }
}
