package org.typedipc.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The names generated code gives to the members it derives from a contract method. */
final class Names {
  private Names() {}

  /** {@code readAll} → {@code READ_ALL}; {@code readURL} → {@code READ_URL}. */
  static String constant(String camel) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        char previous = camel.charAt(i - 1);
        boolean nextLower = i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
        if (Character.isLowerCase(previous) || Character.isDigit(previous) || (Character.isUpperCase(previous) && nextLower)) {
          b.append('_');
        }
      }
      b.append(Character.toUpperCase(c));
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }

  /** {@code read} → {@code Read}. */
  static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static String channelField(ChannelModel channel) {
    return constant(channel.methodName()) + "_CHANNEL";
  }

  static String nameField(ChannelModel channel) {
    return constant(channel.methodName());
  }

  static String argsRecord(ChannelModel channel) {
    return capitalized(channel.methodName()) + "Args";
  }

  static String listener(ChannelModel channel) {
    return capitalized(channel.methodName()) + "Listener";
  }

  static String handler(ChannelModel channel) {
    return capitalized(channel.methodName()) + "Handler";
  }

  /**
   * The type variable of the invoke handlers, {@code R}, unless a type the channels use has that
   * simple name and would be shadowed.
   */
  static String handlerTypeVariable(ChannelModel channel, ContractModel model) {
    Set<String> used = new HashSet<>();
    model.userTypes().values().forEach(def -> used.addAll(def.type().simpleNames()));
    used.addAll(model.contract().simpleNames());
    String name = "R";
    for (int i = 1; used.contains(name); i++) {
      name = "R" + i;
    }
    return name;
  }

  /** Whether the channel's arguments travel as a generated args record. */
  static boolean hasArgsRecord(ChannelModel channel) {
    return channel.parameters().size() > 1;
  }

  /** The public static fields a channel adds to the companion. */
  static List<String> fields(ChannelModel channel) {
    return List.of(nameField(channel), channelField(channel));
  }

  /** The public nested types a channel adds to the companion. */
  static List<String> nestedTypes(ChannelModel channel) {
    List<String> names = new ArrayList<>();
    if (channel.kind().handled()) {
      names.add(handler(channel));
    } else {
      names.add(listener(channel));
    }
    if (hasArgsRecord(channel)) {
      names.add(argsRecord(channel));
    }
    return names;
  }

  /**
   * The methods a channel adds to the companion's {@code Registrar}. Removal needs none: each returns
   * a {@code Registration}, and the string API removes by the channel's name constant.
   */
  static List<String> registrarMethods(ChannelModel channel) {
    String cap = capitalized(channel.methodName());
    if (channel.kind().streams()) {
      return List.of("handle" + cap, "handleOnce" + cap);
    }
    if (channel.kind().handled()) {
      return List.of("handle" + cap, "handle" + cap + "Async", "handleOnce" + cap, "handleOnce" + cap + "Async");
    }
    return List.of("on" + cap, "once" + cap);
  }

  /** Members of every companion that no channel may generate. */
  static final List<String> FIXED_FIELDS = List.of("DESCRIPTOR", "CHANNELS");

  static final List<String> FIXED_NESTED_TYPES =
      List.of("Handler", "Registrar", "Wire", "RendererProxy", "Sender", ClientWriter.NAME);

  static final List<String> FIXED_REGISTRAR_METHODS = List.of("register");
}
