package org.typedipc.processor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The TypeScript names of a contract's user types in its bindings file: the shortest tail of the
 * Java simple names ({@code Circle}, then {@code ShapeCircle}, …) that no other user type of the
 * contract and no name the file itself uses has taken. Each name doubles as the tag of a record in
 * a sealed union, so it is unique within the file.
 */
final class TsNames {
  /** Globals the generated code refers to and names it declares itself: a user type may not hide them. */
  private static final Set<String> RESERVED = Set.of(
      "Array", "BigInt", "Boolean", "Date", "Error", "Map", "Math", "Number", "Object", "Promise", "ReadonlyArray",
      "ReadonlyMap", "ReadonlySet", "Set", "String", "Symbol", "Uint8Array", "Int8Array", "Int16Array", "Uint16Array",
      "Int32Array", "BigInt64Array", "Float32Array", "Float64Array", "Codec", "Codecs", "WireWriter", "WireReader",
      "Channel", "Connection", "Contract", "Unsubscribe", "Function", "RangeError", "TypeError", "globalThis",
      "IpcDeclaredError", "IpcValueError", "IpcCodecError", "UserCodecs");

  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> errorClasses = new HashMap<>();

  TsNames(ContractModel model) {
    Set<String> taken = new HashSet<>(RESERVED);
    taken.addAll(contractNames(model));
    for (UserTypeDef def : model.userTypes().values()) {
      names.put(def.type().qualifiedName(), allocate(def.type(), taken));
    }
    for (ChannelModel channel : model.channels()) {
      for (ExceptionDef exception : channel.exceptions()) {
        names.computeIfAbsent(exception.type().qualifiedName(), n -> allocate(exception.type(), taken));
      }
    }
    for (ChannelModel channel : model.channels()) {
      for (ExceptionDef exception : channel.exceptions()) {
        errorClasses.computeIfAbsent(exception.type().qualifiedName(), n -> numbered(of(exception.type()) + "Error", taken));
      }
    }
  }

  /** The name of the error class of a declared exception: its data's name and {@code Error}. */
  String errorClass(TypeRef exception) {
    return errorClasses.get(exception.qualifiedName());
  }

  private static String numbered(String name, Set<String> taken) {
    String candidate = name;
    for (int i = 2; !taken.add(candidate); i++) {
      candidate = name + i;
    }
    return candidate;
  }

  /** The names the file declares for the contract itself, which no user type may take. */
  static List<String> contractNames(ContractModel model) {
    String flat = model.contract().flatName();
    return List.of(flat, flat + "Contract", flat + "Channels", flat + "Handler", flat + "Listeners", rendererFunction(model),
        registerFunction(model), flat + "CodecTypes", flat + "Codecs", BOUND_CODECS);
  }

  /** The module's {@code UserCodecs}, which the contract's renderer binds and the codec functions read. */
  static final String BOUND_CODECS = "boundCodecs";

  /** {@code PricesCodecTypes}: the interface a page augments to name the types its own codecs carry. */
  static String codecTypes(ContractModel model) {
    return model.contract().flatName() + "CodecTypes";
  }

  /** {@code PricesCodecs}: the page's codecs of the types written by codecs of their own, one per type. */
  static String codecs(ContractModel model) {
    return model.contract().flatName() + "Codecs";
  }

  /** {@code money}: a type's key in the codecs the page passes, its TypeScript name in lower camel case. */
  static String codecKey(String typeName) {
    return Character.toLowerCase(typeName.charAt(0)) + typeName.substring(1);
  }

  /** {@code filesRenderer}: the function that makes a contract's proxy or an events interface's listeners. */
  static String rendererFunction(ContractModel model) {
    String flat = model.contract().flatName();
    return Character.toLowerCase(flat.charAt(0)) + flat.substring(1) + "Renderer";
  }

  /** {@code registerProgress}: the function that registers a handler of every channel of an events interface. */
  static String registerFunction(ContractModel model) {
    return "register" + model.contract().flatName();
  }

  /** The TypeScript name of a user type or declared exception of the contract. */
  String of(TypeRef type) {
    return names.get(type.qualifiedName());
  }

  private static String allocate(TypeRef type, Set<String> taken) {
    List<String> simple = type.simpleNames();
    for (int from = simple.size() - 1; from >= 0; from--) {
      String candidate = String.join("", simple.subList(from, simple.size()));
      if (taken.add(candidate)) {
        return candidate;
      }
    }
    return numbered(type.flatName() + "Type", taken);
  }
}
