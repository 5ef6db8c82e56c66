package org.typedipc.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the codecs of one companion, all in its private {@code Wire} class: each record, sealed
 * interface and args record gets a static {@code encode…} and {@code decode…} method and a codec
 * field made of the two ({@code Codecs.of}); the composed codecs follow, one field each, children
 * before parents, so static initialisation order is right. The codecs made of methods refer to
 * other fields only when they run, so records that refer to each other initialise without cycles.
 *
 * <p>Every reference position is nullable, through {@code Codecs.nullable}; primitives are
 * written directly; the value inside an {@code Optional} is never null.
 */
final class CodecWriter {
  private static final Set<String> RESERVED_LOCALS = Set.of("in", "rejected");

  /** The field of a codec made of two static methods, and the methods' names. */
  private record MethodCodec(String field, String encode, String decode) {}

  private final ContractModel model;
  private final ClassName wire;
  private final Map<String, FieldSpec> methodCodecFields = new LinkedHashMap<>();
  /** The encode and decode methods of each codec field, in the order of the fields. */
  private final Map<String, List<MethodSpec>> codecMethods = new LinkedHashMap<>();
  private final Map<String, FieldSpec> wireFields = new LinkedHashMap<>();
  private final Map<String, String> wireFieldByKey = new HashMap<>();
  private final Set<String> wireFieldNames = new HashSet<>();
  private final Set<String> wireMethodNames = new HashSet<>();
  private final Map<String, MethodCodec> userCodecs = new HashMap<>();
  private final Map<String, MethodCodec> exceptionCodecs = new HashMap<>();

  CodecWriter(ContractModel model, ClassName companion) {
    this.model = model;
    this.wire = companion.nestedClass("Wire");
    for (UserTypeDef def : model.userTypes().values()) {
      if (def instanceof UserTypeDef.RecordDef || def instanceof UserTypeDef.SealedDef) {
        userCodecs.put(def.type().qualifiedName(), methodCodec(def.type().flatName(), JavaTypes.className(def.type())));
      }
    }
  }

  /** The codec of a value at a parameter, component or result position. */
  CodeBlock position(WireType type) {
    if (type.isPrimitive() || type instanceof WireType.VoidType) {
      return base(type);
    }
    return field(type, true);
  }

  /** The codec of a channel's arguments: none, its single parameter's, or its args record's. */
  CodeBlock args(ChannelModel channel, ClassName argsRecord) {
    List<ChannelModel.Parameter> parameters = channel.parameters();
    if (parameters.isEmpty()) {
      return CodeBlock.of("$T.none()", JavaTypes.CODEC);
    }
    if (parameters.size() == 1) {
      return position(parameters.get(0).type());
    }
    MethodCodec codec = methodCodec(argsRecord.simpleName(), argsRecord);
    List<UserTypeDef.Component> components = new ArrayList<>();
    for (ChannelModel.Parameter parameter : parameters) {
      components.add(new UserTypeDef.Component(parameter.name(), parameter.type()));
    }
    recordCodec(codec, argsRecord, components, names(components), false, false);
    return CodeBlock.of("$T.$N", wire, codec.field());
  }

  /**
   * The {@code DeclaredExceptions} of a channel, each exception with a codec of its constructor's
   * parameters, written through its accessors.
   */
  CodeBlock exceptions(ChannelModel channel) {
    CodeBlock.Builder declared = CodeBlock.builder().add("$T.of(", JavaTypes.DECLARED_EXCEPTIONS);
    for (int i = 0; i < channel.exceptions().size(); i++) {
      ExceptionDef exception = channel.exceptions().get(i);
      ClassName type = JavaTypes.className(exception.type());
      MethodCodec codec = exceptionCodecs.get(exception.type().qualifiedName());
      if (codec == null) {
        codec = methodCodec(exception.type().flatName(), type);
        exceptionCodecs.put(exception.type().qualifiedName(), codec);
        List<UserTypeDef.Component> components = new ArrayList<>();
        List<String> accessors = new ArrayList<>();
        for (ExceptionDef.Field field : exception.fields()) {
          components.add(new UserTypeDef.Component(field.name(), field.type()));
          accessors.add(field.accessor());
        }
        recordCodec(codec, type, components, accessors, true, true);
      }
      declared.add(i == 0 ? "" : ", ").add("$T.declared($T.class, $T.$N)", JavaTypes.DECLARED_EXCEPTIONS, type, wire, codec.field());
    }
    return declared.add(")").build();
  }

  /** The Wire class, or none if no channel needs it; call after every other method. */
  List<TypeSpec> types() {
    for (UserTypeDef def : model.userTypes().values()) {
      MethodCodec codec = userCodecs.get(def.type().qualifiedName());
      if (def instanceof UserTypeDef.RecordDef record) {
        recordCodec(codec, JavaTypes.className(record.type()), record.components(), names(record.components()), true,
            record.explicitConstructor());
      } else if (def instanceof UserTypeDef.SealedDef sealed) {
        sealedCodec(codec, sealed);
      }
    }
    if (methodCodecFields.isEmpty() && wireFields.isEmpty()) {
      return List.of();
    }
    return List.of(TypeSpec.classBuilder(wire)
        .addJavadoc("The codecs, each built once: those of records, sealed interfaces and argument lists, made of\n"
            + "the methods below, then the composed ones, children before their parents.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addFields(methodCodecFields.values())
        .addFields(wireFields.values())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethods(codecMethods.values().stream().flatMap(List::stream).toList())
        .build());
  }

  /** Claims the field and method names of a codec made of static methods, and declares its field. */
  private MethodCodec methodCodec(String simpleName, ClassName type) {
    MethodCodec codec = new MethodCodec(allocateFieldName(Names.constant(simpleName) + "_CODEC"),
        allocateMethodName("encode" + simpleName), allocateMethodName("decode" + simpleName));
    methodCodecFields.put(codec.field(), FieldSpec.builder(ParameterizedTypeName.get(JavaTypes.CODEC, type), codec.field(),
            Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of(Wire::$N, Wire::$N)", JavaTypes.CODECS, codec.encode(), codec.decode())
        .build());
    codecMethods.put(codec.field(), new ArrayList<>());
    return codec;
  }

  private CodeBlock base(WireType type) {
    if (type instanceof WireType.Primitive p) {
      return CodeBlock.of("$T.$L", JavaTypes.CODECS, p.kind().codecConstant());
    } else if (type instanceof WireType.Boxed b) {
      return CodeBlock.of("$T.$L", JavaTypes.CODECS, b.kind().codecConstant());
    } else if (type instanceof WireType.Library l) {
      return CodeBlock.of("$T.$L", JavaTypes.CODECS, l.type().codecConstant());
    } else if (type instanceof WireType.PrimitiveArray a) {
      return CodeBlock.of("$T.$L", JavaTypes.CODECS, a.kind().arrayCodecConstant());
    } else if (type instanceof WireType.VoidType) {
      return CodeBlock.of("$T.none()", JavaTypes.CODEC);
    } else if (type instanceof WireType.ArrayOf a) {
      return CodeBlock.of("$T.array($L, $T::new)", JavaTypes.CODECS, position(a.element()), ArrayTypeName.of(JavaTypes.of(a.element())));
    } else if (type instanceof WireType.ListOf l) {
      return CodeBlock.of("$T.list($L)", JavaTypes.CODECS, position(l.element()));
    } else if (type instanceof WireType.SetOf s) {
      return CodeBlock.of("$T.set($L)", JavaTypes.CODECS, position(s.element()));
    } else if (type instanceof WireType.MapOf m) {
      return CodeBlock.of("$T.map($L, $L)", JavaTypes.CODECS, position(m.key()), position(m.value()));
    } else if (type instanceof WireType.OptionalOf o) {
      return CodeBlock.of("$T.optional($L)", JavaTypes.CODECS, nonNull(o.element()));
    }
    WireType.UserRef ref = (WireType.UserRef) type;
    UserTypeDef def = model.userTypes().get(ref.type().qualifiedName());
    if (def instanceof UserTypeDef.EnumDef) {
      return CodeBlock.of("$T.enumeration($T.values())", JavaTypes.CODECS, JavaTypes.className(ref.type()));
    }
    if (def instanceof UserTypeDef.CodecDef declared) {
      ClassName codec = JavaTypes.className(declared.codec());
      return declared.singleton() ? CodeBlock.of("$T.INSTANCE", codec) : CodeBlock.of("new $T()", codec);
    }
    return CodeBlock.of("$T.$N", wire, userCodecs.get(ref.type().qualifiedName()).field());
  }

  /** A codec that rejects null: inline when it is a constant, else a Wire field. */
  private CodeBlock nonNull(WireType type) {
    boolean constant =
        type instanceof WireType.Boxed
            || type instanceof WireType.Library
            || type instanceof WireType.PrimitiveArray
            || (type instanceof WireType.UserRef ref && userCodecs.containsKey(ref.type().qualifiedName()));
    return constant ? base(type) : field(type, false);
  }

  private CodeBlock field(WireType type, boolean nullable) {
    String key = type.canonical() + (nullable ? "" : "!");
    String name = wireFieldByKey.get(key);
    if (name == null) {
      CodeBlock base = base(type);
      CodeBlock initializer = nullable ? CodeBlock.of("$T.nullable($L)", JavaTypes.CODECS, base) : base;
      name = allocateFieldName(fieldName(type) + (nullable ? "" : "_NON_NULL"));
      wireFieldByKey.put(key, name);
      wireFields.put(name, FieldSpec.builder(codecOf(type), name, Modifier.STATIC, Modifier.FINAL).initializer(initializer).build());
    }
    return CodeBlock.of("$T.$N", wire, name);
  }

  private static TypeName codecOf(WireType type) {
    return ParameterizedTypeName.get(JavaTypes.CODEC, JavaTypes.boxed(type));
  }

  private String fieldName(WireType type) {
    if (type instanceof WireType.Boxed b) {
      return Names.constant(JavaTypes.primitive(b.kind()).box().toString().substring("java.lang.".length()));
    } else if (type instanceof WireType.Library l) {
      return l.type().codecConstant();
    } else if (type instanceof WireType.PrimitiveArray a) {
      return a.kind().arrayCodecConstant();
    } else if (type instanceof WireType.ArrayOf a) {
      return "ARRAY_OF_" + fieldName(a.element());
    } else if (type instanceof WireType.ListOf l) {
      return "LIST_OF_" + fieldName(l.element());
    } else if (type instanceof WireType.SetOf s) {
      return "SET_OF_" + fieldName(s.element());
    } else if (type instanceof WireType.OptionalOf o) {
      return "OPTIONAL_OF_" + fieldName(o.element());
    } else if (type instanceof WireType.MapOf m) {
      return "MAP_OF_" + fieldName(m.key()) + "_TO_" + fieldName(m.value());
    } else if (type instanceof WireType.UserRef ref) {
      return Names.constant(ref.type().flatName());
    }
    return Names.constant(type.canonical());
  }

  private String allocateFieldName(String wanted) {
    String name = wanted;
    for (int i = 2; !wireFieldNames.add(name); i++) {
      name = wanted + i;
    }
    return name;
  }

  private String allocateMethodName(String wanted) {
    String name = wanted;
    for (int i = 2; !wireMethodNames.add(name); i++) {
      name = wanted + i;
    }
    return name;
  }

  private static List<String> names(List<UserTypeDef.Component> components) {
    return components.stream().map(UserTypeDef.Component::name).toList();
  }

  /**
   * The encode and decode methods of a record or record-like type: each component written through
   * its accessor, read back in order and passed to the constructor, which may reject the values.
   */
  private void recordCodec(MethodCodec codec, ClassName record, List<UserTypeDef.Component> components, List<String> accessors,
      boolean nested, boolean explicitConstructor) {
    MethodSpec.Builder encode = MethodSpec.methodBuilder(codec.encode())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(JavaTypes.WIRE_WRITER, "out")
        .addParameter(record, "value");
    MethodSpec.Builder decode = MethodSpec.methodBuilder(codec.decode())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(record)
        .addParameter(JavaTypes.WIRE_READER, "in");
    if (nested) {
      encode.addStatement("out.enter($S)", record.simpleName());
      decode.addStatement("in.enter()");
    }
    List<String> locals = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      UserTypeDef.Component component = components.get(i);
      String accessor = accessors.get(i);
      String local = localName(component.name());
      locals.add(local);
      if (component.type() instanceof WireType.Primitive p) {
        encode.addStatement("out.write$L(value.$N())", p.kind().wireSuffix(), accessor);
        decode.addStatement("$T $N = in.read$L()", JavaTypes.of(p), local, p.kind().wireSuffix());
      } else {
        CodeBlock codecExpression = position(component.type());
        encode.addStatement("$L.encode(out, value.$N())", codecExpression, accessor);
        decode.addStatement("$T $N = $L.decode(in)", JavaTypes.of(component.type()), local, codecExpression);
      }
    }
    if (nested) {
      encode.addStatement("out.exit()");
      decode.addStatement("in.exit()");
    }
    CodeBlock construct = CodeBlock.of("new $T($L)", record, String.join(", ", locals));
    if (explicitConstructor) {
      decode.beginControlFlow("try")
          .addStatement("return $L", construct)
          .nextControlFlow("catch ($T rejected)", RuntimeException.class)
          .addStatement("throw in.malformed($S + rejected)", "a " + record.simpleName() + " its constructor rejects: ")
          .endControlFlow();
    } else {
      decode.addStatement("return $L", construct);
    }
    codecMethods.get(codec.field()).addAll(List.of(encode.build(), decode.build()));
  }

  /**
   * A decode method's local for a component: its name, unless that would hide the parameter, the
   * caught exception, or a type whose members the method names ({@code Wire}, {@code Codecs}, …),
   * which all start with a capital letter.
   */
  private static String localName(String component) {
    boolean hides = RESERVED_LOCALS.contains(component) || Character.isUpperCase(component.charAt(0));
    return hides ? component + "Component" : component;
  }

  private void sealedCodec(MethodCodec codec, UserTypeDef.SealedDef sealed) {
    ClassName type = JavaTypes.className(sealed.type());
    MethodSpec.Builder encode = MethodSpec.methodBuilder(codec.encode())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(JavaTypes.WIRE_WRITER, "out")
        .addParameter(type, "value");
    MethodSpec.Builder decode = MethodSpec.methodBuilder(codec.decode())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addParameter(JavaTypes.WIRE_READER, "in")
        .addStatement("int tag = in.readLength()")
        .beginControlFlow("switch (tag)");
    List<WireType.UserRef> variants = sealed.variants();
    for (int tag = 0; tag < variants.size(); tag++) {
      WireType.UserRef variant = variants.get(tag);
      ClassName variantType = JavaTypes.className(variant.type());
      CodeBlock variantCodec = nonNull(variant);
      if (tag == 0) {
        encode.beginControlFlow("if (value instanceof $T variant)", variantType);
      } else {
        encode.nextControlFlow("else if (value instanceof $T variant)", variantType);
      }
      encode.addStatement("out.writeLength($L)", tag).addStatement("$L.encode(out, variant)", variantCodec);
      decode.addStatement("case $L: return $L.decode(in)", tag, variantCodec);
    }
    encode.nextControlFlow("else")
        .addStatement("throw new $T($S + value.getClass().getName() + $S)", JavaTypes.IPC_VALUE_EXCEPTION,
            "A " + type.simpleName() + " cannot be ",
            ": it was not a permitted subtype when the contract was compiled. Recompile the contract.")
        .endControlFlow();
    decode.addStatement("default: throw in.malformed($S + tag + $S)",
            "a " + type.simpleName() + " variant tag of ", " (expected 0 to " + (variants.size() - 1) + ")")
        .endControlFlow();
    codecMethods.get(codec.field()).addAll(List.of(encode.build(), decode.build()));
  }
}
