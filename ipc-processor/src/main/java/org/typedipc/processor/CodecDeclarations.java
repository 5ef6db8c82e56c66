package org.typedipc.processor;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the codecs that {@code @IpcCodecs} declares on packages and modules, checks each once
 * (reporting on the class literal at fault) and gives a contract those of its package and module.
 */
final class CodecDeclarations {
  /** Types whose built-in codecs are part of the protocol: boxes, library types, Object, Void. */
  private static final Set<String> RESERVED =
      Set.of(
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Character",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double",
          "java.lang.Object",
          "java.lang.Void");

  private final Elements elements;
  private final Types types;
  private final Reporter reporter;
  /** The valid codecs each package or module declares, by the qualified name of their type. */
  private final Map<Element, Map<String, UserTypeDef.CodecDef>> declared = new HashMap<>();

  CodecDeclarations(Elements elements, Types types, Reporter reporter) {
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
  }

  /** The codecs of a contract: its module's, then its package's, by type name. */
  Map<String, UserTypeDef.CodecDef> forContract(TypeElement contract) {
    Map<String, UserTypeDef.CodecDef> codecs = new LinkedHashMap<>();
    ModuleElement module = elements.getModuleOf(contract);
    if (module != null && !module.isUnnamed()) {
      codecs.putAll(declaredOn(module));
    }
    codecs.putAll(declaredOn(elements.getPackageOf(contract)));
    return codecs;
  }

  /** The valid codecs {@code @IpcCodecs} on a package or module declares; reports the rest once. */
  Map<String, UserTypeDef.CodecDef> declaredOn(Element packageOrModule) {
    Map<String, UserTypeDef.CodecDef> codecs = declared.get(packageOrModule);
    if (codecs == null) {
      codecs = read(packageOrModule);
      declared.put(packageOrModule, codecs);
    }
    return codecs;
  }

  private Map<String, UserTypeDef.CodecDef> read(Element declaration) {
    Map<String, UserTypeDef.CodecDef> codecs = new LinkedHashMap<>();
    AnnotationMirror mirror = Annotations.find(declaration, Annotations.CODECS);
    AnnotationValue value = mirror == null ? null : Annotations.explicitValue(mirror);
    if (value == null || !(value.getValue() instanceof List<?> items)) {
      return codecs;
    }
    Map<String, UserTypeDef.CodecDef> ofModule = Map.of();
    if (declaration instanceof PackageElement) {
      ModuleElement module = elements.getModuleOf(declaration);
      ofModule = module == null || module.isUnnamed() ? Map.of() : declaredOn(module);
    }
    for (Object item : items) {
      AnnotationValue classLiteral = (AnnotationValue) item;
      // A class javac cannot find is javac's own error; there is nothing to check.
      if (!(classLiteral.getValue() instanceof DeclaredType codecType) || codecType.getKind() == TypeKind.ERROR) {
        continue;
      }
      TypeElement codec = (TypeElement) codecType.asElement();
      UserTypeDef.CodecDef def = check(declaration, mirror, classLiteral, codec);
      if (def == null) {
        continue;
      }
      String typeName = def.type().qualifiedName();
      UserTypeDef.CodecDef earlier = codecs.containsKey(typeName) ? codecs.get(typeName) : ofModule.get(typeName);
      if (earlier != null) {
        String where = codecs.containsKey(typeName) ? "both in this @IpcCodecs" : "one for the module, one for the package";
        reporter.error(declaration, mirror, classLiteral, Message.DUPLICATE_CODEC, earlier.codec().qualifiedName(),
            codec.getQualifiedName(), typeName, where);
        continue;
      }
      codecs.put(typeName, def);
    }
    return codecs;
  }

  /** The definition of one declared codec, or {@code null} when it is reported as invalid. */
  private UserTypeDef.CodecDef check(Element declaration, AnnotationMirror mirror, AnnotationValue at, TypeElement codec) {
    String codecName = codec.getQualifiedName().toString();
    TypeElement codecInterface = elements.getTypeElement(JavaTypes.CODEC_NAME);
    DeclaredType implemented = codecInterface == null ? null : findCodec(codec.asType(), codecInterface);
    String typeProblem = null;
    if (implemented == null) {
      typeProblem = "it does not implement Codec";
    } else if (implemented.getTypeArguments().size() != 1) {
      typeProblem = "it implements the raw type Codec";
    } else {
      TypeMirror argument = implemented.getTypeArguments().get(0);
      boolean fixed = argument.getKind() == TypeKind.DECLARED
          && ((DeclaredType) argument).getTypeArguments().isEmpty()
          && ((TypeElement) ((DeclaredType) argument).asElement()).getTypeParameters().isEmpty();
      if (!fixed) {
        typeProblem = "it implements Codec<" + argument + ">";
      }
    }
    if (typeProblem != null) {
      reporter.error(declaration, mirror, at, Message.CODEC_TYPE, codecName, typeProblem);
      return null;
    }
    TypeMirror valueType = implemented.getTypeArguments().get(0);
    TypeElement value = (TypeElement) ((DeclaredType) valueType).asElement();
    String valueName = value.getQualifiedName().toString();
    if (RESERVED.contains(valueName) || WireType.LibraryType.forName(valueName) != null) {
      reporter.error(declaration, mirror, at, Message.CODEC_FOR_BUILT_IN_TYPE, codecName, valueName);
      return null;
    }
    String access = accessProblem(codec);
    boolean singleton = access == null && hasInstanceField(codec, types.getDeclaredType(codecInterface, valueType));
    if (access == null && !singleton && !hasPublicNoArgConstructor(codec)) {
      access = "it has neither a public static final INSTANCE field of type Codec<" + value.getSimpleName()
          + "> nor a public no-argument constructor";
    }
    if (access != null) {
      reporter.error(declaration, mirror, at, Message.CODEC_NOT_INSTANTIABLE, codecName, access);
      return null;
    }
    return new UserTypeDef.CodecDef(TypeRef.of(value, elements), TypeRef.of(codec, elements), singleton);
  }

  /** The {@code Codec<…>} among the supertypes of {@code type}, with its type argument as seen there. */
  private DeclaredType findCodec(TypeMirror type, TypeElement codecInterface) {
    Queue<TypeMirror> pending = new ArrayDeque<>(List.of(type));
    while (!pending.isEmpty()) {
      TypeMirror next = pending.remove();
      if (next instanceof DeclaredType declared && declared.asElement().equals(codecInterface)) {
        return declared;
      }
      pending.addAll(types.directSupertypes(next));
    }
    return null;
  }

  /** Why generated code in another package cannot name the codec class, or {@code null}. */
  private static String accessProblem(TypeElement codec) {
    if (codec.getKind() != ElementKind.CLASS && codec.getKind() != ElementKind.ENUM
        && codec.getKind() != ElementKind.RECORD) {
      return "it is an " + codec.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
    Element current = codec;
    while (current instanceof TypeElement type) {
      if (!type.getModifiers().contains(Modifier.PUBLIC)) {
        return type.equals(codec) ? "it is not public" : "it is inside " + type.getSimpleName() + ", which is not public";
      }
      if (type.getEnclosingElement() instanceof TypeElement && type.getKind() == ElementKind.CLASS
          && !type.getModifiers().contains(Modifier.STATIC)) {
        return "it is an inner class, which needs an instance of " + type.getEnclosingElement().getSimpleName();
      }
      current = type.getEnclosingElement();
    }
    return null;
  }

  private boolean hasInstanceField(TypeElement codec, DeclaredType codecOfValue) {
    for (VariableElement field : ElementFilter.fieldsIn(codec.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals("INSTANCE")
          && field.getModifiers().containsAll(Set.of(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL))
          && types.isAssignable(field.asType(), codecOfValue)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPublicNoArgConstructor(TypeElement codec) {
    boolean concrete = codec.getKind() == ElementKind.CLASS || codec.getKind() == ElementKind.RECORD;
    if (!concrete || codec.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(codec.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
        return true;
      }
    }
    return false;
  }
}
