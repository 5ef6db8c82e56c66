package org.typedipc.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import org.typedipc.processor.TypeProblem.Kind;
import org.typedipc.processor.UserTypeDef.Component;

/**
 * Turns {@link TypeMirror}s into {@link WireType}s, collecting the records, enums and sealed
 * interfaces they use, and the types with declared codecs, into one table per contract. One reader
 * serves one contract.
 */
final class TypeReader {
  private static final Set<String> COLLECTIONS_TO_DECLARE_AS_INTERFACES =
      Set.of(
          "java.util.Collection",
          "java.lang.Iterable",
          "java.util.ArrayList",
          "java.util.LinkedList",
          "java.util.HashSet",
          "java.util.LinkedHashSet",
          "java.util.TreeSet",
          "java.util.SortedSet",
          "java.util.NavigableSet",
          "java.util.HashMap",
          "java.util.LinkedHashMap",
          "java.util.TreeMap",
          "java.util.SortedMap",
          "java.util.NavigableMap",
          "java.util.Queue",
          "java.util.Deque");

  private final Elements elements;
  private final String contractPackage;
  private final Map<String, UserTypeDef.CodecDef> declaredCodecs;
  private final Map<String, UserTypeDef> userTypes = new LinkedHashMap<>();
  private final Set<String> reading = new HashSet<>();

  /** A reader for a contract of {@code contractPackage} that uses {@code declaredCodecs}, by type name. */
  TypeReader(Elements elements, String contractPackage, Map<String, UserTypeDef.CodecDef> declaredCodecs) {
    this.elements = elements;
    this.contractPackage = contractPackage;
    this.declaredCodecs = declaredCodecs;
  }

  /** The user types read so far, in discovery order. */
  Map<String, UserTypeDef> userTypes() {
    return userTypes;
  }

  /** Reads the type of a parameter, record component or result; {@code path} names where it is. */
  WireType read(TypeMirror type, String path) throws TypeProblem {
    switch (type.getKind()) {
      case BOOLEAN:
      case BYTE:
      case SHORT:
      case CHAR:
      case INT:
      case LONG:
      case FLOAT:
      case DOUBLE:
        return new WireType.Primitive(WireType.PrimitiveKind.valueOf(type.getKind().name()));
      case ARRAY:
        return readArray((ArrayType) type, path);
      case DECLARED:
        return readDeclared((DeclaredType) type, path);
      case ERROR:
        throw unresolved(type, path);
      case TYPEVAR:
        throw unsupported(type, path, "a type variable", "Use a concrete type.");
      case WILDCARD:
        throw unsupported(
            type, path, "a wildcard type", "Use the exact type, e.g. List<Plugin> instead of List<? extends Plugin>.");
      default:
        throw unsupported(type, path, "not a value type", "");
    }
  }

  /** The root of a path: the simple name of the type at the top. */
  static String pathRoot(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return ((DeclaredType) type).asElement().getSimpleName().toString();
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return pathRoot(((ArrayType) type).getComponentType()) + "[]";
    }
    return type.toString();
  }

  private WireType readArray(ArrayType type, String path) throws TypeProblem {
    TypeMirror component = type.getComponentType();
    if (component.getKind().isPrimitive()) {
      return new WireType.PrimitiveArray(WireType.PrimitiveKind.valueOf(component.getKind().name()));
    }
    if (component.getKind() == TypeKind.DECLARED && !((DeclaredType) component).getTypeArguments().isEmpty()) {
      throw unsupported(
          type, path, "an array of a generic type", "Java cannot create such arrays without unchecked casts: use a List instead.");
    }
    return new WireType.ArrayOf(read(component, path + "[0]"));
  }

  private WireType readDeclared(DeclaredType type, String path) throws TypeProblem {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    switch (name) {
      case "java.lang.Boolean":
      case "java.lang.Byte":
      case "java.lang.Short":
      case "java.lang.Character":
      case "java.lang.Integer":
      case "java.lang.Long":
      case "java.lang.Float":
      case "java.lang.Double":
        return new WireType.Boxed(boxedKind(name));
      case "java.util.List":
        return new WireType.ListOf(read(onlyArgument(type, path), path + "[0]"));
      case "java.util.Set":
        return new WireType.SetOf(read(onlyArgument(type, path), path + "[0]"));
      case "java.util.Optional":
        return new WireType.OptionalOf(read(onlyArgument(type, path), path + ".get()"));
      case "java.util.Map":
        if (arguments.size() != 2) {
          throw raw(type, path);
        }
        return new WireType.MapOf(read(arguments.get(0), path + "[key]"), read(arguments.get(1), path + "[value]"));
      case "java.lang.Object":
        throw unsupported(
            type, path, "java.lang.Object", "Use a concrete type; untyped values belong on string channels (ipcMain.on(\"name\", …)).");
      case "java.lang.Void":
        throw unsupported(type, path, "java.lang.Void", "Void is only the result of an invoke without a value: CompletableFuture<Void>.");
      default:
        break;
    }
    WireType.LibraryType library = WireType.LibraryType.forName(name);
    if (library != null) {
      return new WireType.Library(library);
    }
    UserTypeDef.CodecDef declared = declaredCodecs.get(name);
    if (declared != null) {
      TypeRef ref = checkUserType(type, element, path);
      userTypes.putIfAbsent(name, declared);
      return new WireType.UserRef(ref);
    }
    if (COLLECTIONS_TO_DECLARE_AS_INTERFACES.contains(name)) {
      throw unsupported(type, path, "a collection type other than List, Set or Map", "Declare it as List, Set or Map.");
    }
    switch (element.getKind()) {
      case ENUM:
        return readEnum(type, element, path);
      case RECORD:
        return readRecord(type, element, path);
      case INTERFACE:
        if (element.getModifiers().contains(Modifier.SEALED)) {
          return readSealed(type, element, path);
        }
        throw unsupported(
            type, path, "an interface that is not sealed", "Seal it (sealed interface … permits …) with records or enums as its subtypes, or use a record.");
      case CLASS:
        throw unsupported(type, path, "a class that is not a record", "Make it a record, or carry its data in a record.");
      default:
        throw unsupported(type, path, "not a value type", "Use a record.");
    }
  }

  private WireType readEnum(DeclaredType type, TypeElement element, String path) throws TypeProblem {
    TypeRef ref = checkUserType(type, element, path);
    if (!userTypes.containsKey(ref.qualifiedName())) {
      List<String> constants = new ArrayList<>();
      for (Element e : element.getEnclosedElements()) {
        if (e.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(e.getSimpleName().toString());
        }
      }
      userTypes.put(ref.qualifiedName(), new UserTypeDef.EnumDef(ref, constants));
    }
    return new WireType.UserRef(ref);
  }

  private WireType readRecord(DeclaredType type, TypeElement element, String path) throws TypeProblem {
    TypeRef ref = checkUserType(type, element, path);
    String key = ref.qualifiedName();
    if (userTypes.containsKey(key) || !reading.add(key)) {
      return new WireType.UserRef(ref);
    }
    try {
      List<Component> components = new ArrayList<>();
      for (RecordComponentElement component : element.getRecordComponents()) {
        String componentName = component.getSimpleName().toString();
        components.add(new Component(componentName, read(component.asType(), path + "." + componentName)));
      }
      userTypes.put(key, new UserTypeDef.RecordDef(ref, components, hasExplicitCanonicalConstructor(element)));
    } finally {
      reading.remove(key);
    }
    return new WireType.UserRef(ref);
  }

  private boolean hasExplicitCanonicalConstructor(TypeElement record) {
    int componentCount = record.getRecordComponents().size();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
      if (constructor.getParameters().size() == componentCount
          && elements.getOrigin(constructor) == Elements.Origin.EXPLICIT) {
        return true;
      }
    }
    return false;
  }

  private WireType readSealed(DeclaredType type, TypeElement element, String path) throws TypeProblem {
    TypeRef ref = checkUserType(type, element, path);
    String key = ref.qualifiedName();
    if (userTypes.containsKey(key) || !reading.add(key)) {
      return new WireType.UserRef(ref);
    }
    try {
      List<WireType.UserRef> variants = new ArrayList<>();
      for (TypeMirror permitted : element.getPermittedSubclasses()) {
        if (permitted.getKind() == TypeKind.ERROR) {
          throw unresolved(permitted, path);
        }
        TypeElement subtype = (TypeElement) ((DeclaredType) permitted).asElement();
        String variantPath = path + "(" + subtype.getSimpleName() + ")";
        boolean allowed =
            subtype.getKind() == ElementKind.RECORD
                || subtype.getKind() == ElementKind.ENUM
                || (subtype.getKind() == ElementKind.INTERFACE && subtype.getModifiers().contains(Modifier.SEALED));
        if (!allowed) {
          throw unsupported(
              permitted,
              variantPath,
              "a permitted subtype of sealed " + element.getSimpleName() + " that is neither a record, an enum nor a sealed interface",
              "Make every permitted subtype a record or an enum.");
        }
        variants.add((WireType.UserRef) read(permitted, variantPath));
      }
      userTypes.put(key, new UserTypeDef.SealedDef(ref, variants));
    } finally {
      reading.remove(key);
    }
    return new WireType.UserRef(ref);
  }

  /** Rejects generic and inaccessible user types; returns the type's reference. */
  private TypeRef checkUserType(DeclaredType type, TypeElement element, String path) throws TypeProblem {
    if (!element.getTypeParameters().isEmpty()) {
      throw unsupported(type, path, "a generic type", "Declare it without type parameters, with concrete component types.");
    }
    List<String> simpleNames = new ArrayList<>();
    boolean samePackageNeeded = false;
    Element current = element;
    while (current instanceof TypeElement te) {
      Set<Modifier> modifiers = te.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)
          || te.getNestingKind() == NestingKind.LOCAL
          || te.getNestingKind() == NestingKind.ANONYMOUS) {
        throw new TypeProblem(Kind.INACCESSIBLE, element.getQualifiedName().toString(), path, "private", "");
      }
      if (!modifiers.contains(Modifier.PUBLIC)) {
        samePackageNeeded = true;
      }
      simpleNames.add(0, te.getSimpleName().toString());
      current = te.getEnclosingElement();
    }
    String packageName = elements.getPackageOf(element).getQualifiedName().toString();
    if (samePackageNeeded && !packageName.equals(contractPackage)) {
      throw new TypeProblem(Kind.INACCESSIBLE, element.getQualifiedName().toString(), path, "package-private", "");
    }
    return new TypeRef(packageName, simpleNames);
  }

  private TypeMirror onlyArgument(DeclaredType type, String path) throws TypeProblem {
    if (type.getTypeArguments().size() != 1) {
      throw raw(type, path);
    }
    return type.getTypeArguments().get(0);
  }

  private static WireType.PrimitiveKind boxedKind(String boxName) {
    for (WireType.PrimitiveKind kind : WireType.PrimitiveKind.values()) {
      if (kind.boxName().equals(boxName)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(boxName);
  }

  private static TypeProblem raw(TypeMirror type, String path) {
    return unsupported(type, path, "a raw type", "Give it type arguments, e.g. List<String>.");
  }

  private static TypeProblem unsupported(TypeMirror type, String path, String reason, String hint) {
    return new TypeProblem(Kind.UNSUPPORTED, type.toString(), path, reason, hint);
  }

  private static TypeProblem unresolved(TypeMirror type, String path) {
    return new TypeProblem(Kind.UNRESOLVED, type.toString(), path, "unresolved", "");
  }
}
