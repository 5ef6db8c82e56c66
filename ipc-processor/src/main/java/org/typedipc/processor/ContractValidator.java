package org.typedipc.processor;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Checks what reading one method at a time cannot: generated names that collide within a
 * companion, and channel names used twice in one compilation.
 */
final class ContractValidator {
  private final Reporter reporter;
  /** Channel name → "Contract.method(…)" per direction, across every round of the compilation. */
  private final Map<String, String> mainBound = new HashMap<>();
  private final Map<String, String> rendererBound = new HashMap<>();

  ContractValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Reports problems; returns whether the contract may be generated. */
  boolean validate(ContractReader.Valid contract) {
    ContractModel model = contract.model();
    List<ChannelModel> channels = model.channels();
    List<ContractReader.ChannelSource> sources = contract.sources();
    boolean valid = checkNameClashes(model, sources) && checkFileNames(model, sources, contract.element());
    Map<String, String> owners = model.events() ? rendererBound : mainBound;
    for (int i = 0; i < channels.size(); i++) {
      ChannelModel channel = channels.get(i);
      ContractReader.ChannelSource source = sources.get(i);
      String owner = ContractReader.signature(source.method());
      String qualifiedOwner = qualifiedSignature(source.method());
      String previous = owners.putIfAbsent(channel.channelName(), qualifiedOwner);
      if (previous != null) {
        // Two contracts of one simple name in different packages are told apart by package.
        boolean ambiguous = !previous.equals(qualifiedOwner) && simple(previous).equals(owner);
        reporter.error(source.method(), source.annotation(), source.nameValue(), Message.DUPLICATE_CHANNEL,
            channel.channelName(), ambiguous ? qualifiedOwner : owner, ambiguous ? previous : simple(previous),
            model.events() ? "main → renderer" : "renderer → main");
        valid = false;
      }
    }
    return valid;
  }

  /** {@code com.example.Api.ping(String)}: the method's signature with its type's qualified name. */
  private static String qualifiedSignature(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    String signature = ContractReader.signature(method);
    String qualified = owner instanceof TypeElement type ? type.getQualifiedName().toString() : owner.getSimpleName().toString();
    return qualified.substring(0, qualified.length() - owner.getSimpleName().length()) + signature;
  }

  /** The signature without its package: {@code Api.ping(String)}. */
  private static String simple(String qualifiedSignature) {
    String beforeParameters = qualifiedSignature.substring(0, qualifiedSignature.indexOf('('));
    int typeStart = beforeParameters.lastIndexOf('.', beforeParameters.lastIndexOf('.') - 1) + 1;
    return qualifiedSignature.substring(typeStart);
  }

  /** Class files are named {@code Companion$Nested.class}; file systems cap a name at 255 bytes. */
  private boolean checkFileNames(ContractModel model, List<ContractReader.ChannelSource> sources, TypeElement contract) {
    for (String nested : Names.FIXED_NESTED_TYPES) {
      String file = model.companionName() + "$" + nested + ".class";
      int bytes = file.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_FILE_NAME_BYTES) {
        reporter.error(contract, Message.NAME_TOO_LONG, contract.getSimpleName(), file, bytes);
        return false;
      }
    }
    boolean valid = true;
    for (int i = 0; i < model.channels().size(); i++) {
      for (String nested : Names.nestedTypes(model.channels().get(i))) {
        String file = model.companionName() + "$" + nested + ".class";
        int bytes = file.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_FILE_NAME_BYTES) {
          ExecutableElement method = sources.get(i).method();
          reporter.error(method, Message.NAME_TOO_LONG, ContractReader.signature(method), file, bytes);
          valid = false;
          break;
        }
      }
    }
    return valid;
  }

  private static final int MAX_FILE_NAME_BYTES = 255;

  private boolean checkNameClashes(ContractModel model, List<ContractReader.ChannelSource> sources) {
    Map<String, ExecutableElement> fields = new HashMap<>();
    Map<String, ExecutableElement> types = new HashMap<>();
    Map<String, ExecutableElement> methods = new HashMap<>();
    Names.FIXED_FIELDS.forEach(name -> fields.put(name, null));
    Names.FIXED_NESTED_TYPES.forEach(name -> types.put(name, null));
    types.put(model.companionName(), null);
    Names.FIXED_REGISTRAR_METHODS.forEach(name -> methods.put(name, null));
    boolean valid = true;
    for (int i = 0; i < model.channels().size(); i++) {
      ChannelModel channel = model.channels().get(i);
      ExecutableElement method = sources.get(i).method();
      valid &= claim(fields, Names.fields(channel), method, model);
      valid &= claim(types, Names.nestedTypes(channel), method, model);
      valid &= claim(methods, Names.registrarMethods(channel), method, model);
      String adapter = channel.kind().handled() ? "handle" : "onMessage";
      if (valid && channel.methodName().equals(adapter)) {
        reporter.error(method, Message.NAME_CLASH, ContractReader.signature(method), "the runtime's listener interface",
            adapter, model.companionName());
        valid = false;
      }
    }
    return valid;
  }

  private boolean claim(Map<String, ExecutableElement> taken, List<String> names, ExecutableElement method, ContractModel model) {
    for (String name : names) {
      if (taken.containsKey(name)) {
        ExecutableElement other = taken.get(name);
        String otherName = other == null ? "the companion itself" : ContractReader.signature(other);
        reporter.error(method, Message.NAME_CLASH, ContractReader.signature(method), otherName, name, model.companionName());
        return false;
      }
      taken.put(name, method);
    }
    return true;
  }
}
