package org.typedipc.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes a contract's TypeScript bindings when {@code -Atypedipc.typescript=true}: to {@code
 * typedipc-ts/<package path>/<Contract>.ts} under the generated-sources output (Maven's {@code
 * target/generated-sources/annotations}), through the filer with the contract as the one
 * originating element. Off by default, so builds that do not ask pay nothing.
 */
final class TsOutput {
  /** The processor option that turns the bindings on. */
  static final String OPTION = "typedipc.typescript";
  /** The folder under the generated-sources output that holds every bindings file. */
  static final String ROOT = "typedipc-ts/";

  private final boolean enabled;
  private final Filer filer;
  private final Elements elements;
  private final Reporter reporter;

  TsOutput(Map<String, String> options, Filer filer, Elements elements, Reporter reporter) {
    this.filer = filer;
    this.elements = elements;
    this.reporter = reporter;
    String value = options.get(OPTION);
    if (value == null || value.equalsIgnoreCase("false")) {
      enabled = false;
    } else if (value.equalsIgnoreCase("true")) {
      enabled = true;
    } else {
      reporter.error(Message.TYPESCRIPT_OPTION, value);
      enabled = false;
    }
  }

  /** Writes the bindings of a contract whose companion was written, or says why it cannot. */
  void write(TypeElement contract, ContractModel model) throws IOException {
    if (!enabled) {
      return;
    }
    List<String> problems = TsSupport.problems(model);
    if (!problems.isEmpty()) {
      reporter.warning(contract, null, null, Message.TYPESCRIPT_UNSUPPORTED, contract.getSimpleName(), String.join("; ", problems));
      return;
    }
    for (ChannelModel channel : model.channels()) {
      if (channel.kind() == ChannelKind.SEND_SYNC) {
        reporter.note(method(contract, channel.methodName()), Message.TYPESCRIPT_SEND_SYNC, contract.getSimpleName(),
            channel.methodName() + "()");
      }
    }
    String text = new TsBindingWriter(model).write();
    FileObject file = filer.createResource(StandardLocation.SOURCE_OUTPUT, "", ROOT + TsBindingWriter.relativePath(model), contract);
    try (Writer out = file.openWriter()) {
      out.write(text);
    }
  }

  /** The method a channel comes from, inherited ones included, for a diagnostic's position. */
  private Element method(TypeElement contract, String name) {
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(contract))) {
      if (method.getSimpleName().contentEquals(name)) {
        return method;
      }
    }
    return contract;
  }
}
