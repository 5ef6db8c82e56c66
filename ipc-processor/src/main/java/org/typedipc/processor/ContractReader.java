package org.typedipc.processor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one annotated interface into a {@link ContractModel}, checking everything that can be
 * checked on the interface alone. Diagnostics are held back until the read completes: a contract
 * that refers to a type not generated yet is deferred silently and read again next round.
 */
final class ContractReader {
  /** What reading produced. */
  sealed interface Result {}

  /** A valid contract, with the source positions of its channels for cross-contract checks. */
  record Valid(ContractModel model, TypeElement element, List<ChannelSource> sources) implements Result {}

  /** A contract with errors; they have been reported. */
  record Invalid() implements Result {}

  /** A contract that refers to types that do not exist yet. */
  record Deferred(String companionName, Set<String> missingTypes) implements Result {}

  /** Where a channel was declared: its method and the annotation (and value) that named it. */
  record ChannelSource(ExecutableElement method, AnnotationMirror annotation, AnnotationValue nameValue) {}

  private static final List<String> KIND_ANNOTATIONS =
      List.of(Annotations.INVOKE, Annotations.SEND, Annotations.SEND_SYNC);

  private final Elements elements;
  private final Types types;
  private final Reporter reporter;
  private final CompanionSurroundings surroundings;
  private final CodecDeclarations codecs;
  /** Interfaces that contracts read so far extend; their channel annotations take effect there. */
  private final Set<TypeElement> inherited = new HashSet<>();
  /** Warnings of the contract being read; unlike problems, they do not stop generation. */
  private List<Consumer<Reporter>> warnings = new ArrayList<>();

  ContractReader(Elements elements, Types types, Reporter reporter, CodecDeclarations codecs) {
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
    this.surroundings = new CompanionSurroundings(elements);
    this.codecs = codecs;
  }

  /** The interfaces, other than contracts themselves, that the contracts read so far extend. */
  Set<TypeElement> inherited() {
    return inherited;
  }

  /** Called at the start of each round, whose sources may add types to the contracts' packages. */
  void nextRound() {
    surroundings.nextRound();
  }

  Result read(TypeElement type) {
    List<Consumer<Reporter>> problems = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();
    warnings = new ArrayList<>();
    Result result = read(type, problems, missing);
    if (!missing.isEmpty()) {
      return new Deferred(typeRef(type).flatName() + "Ipc", missing);
    }
    problems.forEach(problem -> problem.accept(reporter));
    warnings.forEach(warning -> warning.accept(reporter));
    return problems.isEmpty() ? result : new Invalid();
  }

  private Result read(TypeElement type, List<Consumer<Reporter>> problems, Set<String> missing) {
    AnnotationMirror contractMirror = Annotations.find(type, Annotations.CONTRACT);
    AnnotationMirror eventsMirror = Annotations.find(type, Annotations.EVENTS);
    boolean events = contractMirror == null;
    AnnotationMirror mirror = events ? eventsMirror : contractMirror;
    String annotationName = events ? "IpcEvents" : "IpcContract";

    if (type.getKind() != ElementKind.INTERFACE) {
      problems.add(r -> r.error(type, mirror, null, Message.NOT_INTERFACE, annotationName, type.getSimpleName(), describe(type.getKind())));
      return new Invalid();
    }
    if (contractMirror != null && eventsMirror != null) {
      problems.add(r -> r.error(type, eventsMirror, null, Message.CONTRACT_AND_EVENTS, type.getSimpleName()));
      return new Invalid();
    }
    TypeRef contract = typeRef(type);
    String companion = contract.flatName() + "Ipc";
    if (isPrivate(type)) {
      problems.add(r -> r.error(type, Message.INACCESSIBLE_CONTRACT, type.getSimpleName(), companion));
      return new Invalid();
    }
    if (!type.getTypeParameters().isEmpty()) {
      problems.add(r -> r.error(type, Message.GENERIC_CONTRACT, type.getSimpleName()));
      return new Invalid();
    }
    if (type.getModifiers().contains(Modifier.SEALED)) {
      problems.add(r -> r.error(type, Message.SEALED_CONTRACT, type.getSimpleName(), companion));
      return new Invalid();
    }

    TypeReader typeReader = new TypeReader(elements, contract.packageName(), codecs.forContract(type));
    List<ChannelModel> channels = new ArrayList<>();
    List<ChannelSource> sources = new ArrayList<>();
    Map<String, ExecutableElement> byName = new LinkedHashMap<>();
    List<ExecutableElement> methods = channelMethods(type, problems);
    for (ExecutableElement method : methods) {
      String methodName = method.getSimpleName().toString();
      ExecutableElement earlier = byName.putIfAbsent(methodName, method);
      if (earlier != null) {
        problems.add(r -> r.error(method, Message.OVERLOAD, signature(method), signature(earlier)));
        continue;
      }
      if (!method.getTypeParameters().isEmpty()) {
        problems.add(r -> r.error(method, Message.GENERIC_METHOD, signature(method)));
        continue;
      }
      ChannelModel channel = readChannel(type, method, events, typeReader, problems, missing, sources);
      if (channel != null) {
        channels.add(channel);
      }
    }
    if (methods.isEmpty()) {
      problems.add(r -> r.error(type, mirror, null, Message.EMPTY_CONTRACT, type.getSimpleName()));
    }
    ModuleElement module = elements.getModuleOf(type);
    boolean generatedAnnotation =
        module != null && elements.getTypeElement(module, "javax.annotation.processing.Generated") != null;
    Map<String, UserTypeDef> userTypes = Collections.unmodifiableMap(typeReader.userTypes());
    ContractModel model = new ContractModel(contract, events, channels, userTypes, generatedAnnotation,
        surroundings.shadowedJavaLang(type, userTypes), surroundings.memberNames(type),
        surroundings.usesDeprecated(type, methods, userTypes));
    return new Valid(model, type, sources);
  }

  private ChannelModel readChannel(
      TypeElement type,
      ExecutableElement method,
      boolean events,
      TypeReader typeReader,
      List<Consumer<Reporter>> problems,
      Set<String> missing,
      List<ChannelSource> sources) {
    String methodName = method.getSimpleName().toString();
    String defaultName = type.getSimpleName() + ":" + methodName;
    ExecutableType executable = (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method);
    TypeMirror returnType = executable.getReturnType();
    int before = problems.size();

    AnnotationMirror kindMirror = null;
    String kindAnnotation = null;
    for (String candidate : KIND_ANNOTATIONS) {
      AnnotationMirror found = Annotations.find(method, candidate);
      if (found == null) {
        continue;
      }
      if (events && !Annotations.INVOKE.equals(candidate)) {
        String simple = Annotations.simpleName(candidate);
        problems.add(r -> r.error(method, found, null, Message.EVENTS_KIND_ANNOTATION, simple, signature(method), type.getSimpleName(), simple));
      } else if (kindMirror != null) {
        String first = Annotations.simpleName(kindAnnotation);
        problems.add(r -> r.error(method, found, null, Message.CONFLICTING_KINDS, signature(method), first, Annotations.simpleName(candidate)));
      } else {
        kindMirror = found;
        kindAnnotation = candidate;
      }
    }
    AnnotationMirror eventMirror = Annotations.find(method, Annotations.EVENT);
    if (eventMirror != null && !events) {
      problems.add(r -> r.error(method, eventMirror, null, Message.EVENT_OUTSIDE_EVENTS, type.getSimpleName()));
    } else if (eventMirror != null && kindMirror != null) {
      problems.add(r -> r.error(method, eventMirror, null, Message.CONFLICTING_KINDS, signature(method), "Invoke", "Event"));
    }
    boolean named = events && eventMirror != null;
    AnnotationMirror nameMirror = named ? eventMirror : kindMirror;
    String channelName = defaultName;
    AnnotationValue nameValue = null;
    if (nameMirror != null) {
      nameValue = Annotations.explicitValue(nameMirror);
      if (nameValue != null) {
        channelName = String.valueOf(nameValue.getValue());
        AnnotationValue value = nameValue;
        String name = channelName;
        // @Event has no default value; the kind annotations name the default channel without one.
        String annotation = named ? "remove @Event" : "write @" + Annotations.simpleName(kindAnnotation) + " without a value";
        if (channelName.isBlank()) {
          problems.add(r -> r.error(method, nameMirror, value, Message.BLANK_CHANNEL, signature(method), annotation, defaultName));
        } else if (ChannelNames.unsendable(channelName) != null) {
          problems.add(r -> r.error(method, nameMirror, value, Message.UNSENDABLE_CHANNEL, signature(method),
              ChannelNames.unsendable(name)));
        } else if (!channelName.strip().equals(channelName)) {
          warnings.add(r -> r.warning(method, nameMirror, value, Message.PADDED_CHANNEL, name, signature(method), name.strip()));
        }
      }
    }

    ChannelKind kind;
    TypeMirror resultType = null;
    boolean returnsStage = false;
    boolean isVoid = returnType.getKind() == TypeKind.VOID;
    String future = futureName(returnType);
    if (isPublisher(returnType) && eventMirror == null
        && !Annotations.SEND.equals(kindAnnotation) && !Annotations.SEND_SYNC.equals(kindAnnotation)) {
      kind = events ? ChannelKind.RENDERER_STREAM : ChannelKind.STREAM;
      if (((DeclaredType) returnType).getTypeArguments().isEmpty()) {
        problems.add(r -> r.error(method, Message.STREAM_RAW_PUBLISHER, signature(method), returnType));
      } else {
        resultType = ((DeclaredType) returnType).getTypeArguments().get(0);
      }
    } else if (events && kindMirror == null && (eventMirror != null || future == null)) {
      kind = ChannelKind.EVENT;
      if (!isVoid) {
        String remedy = future != null ? "replace @Event with @Invoke(\"...\")" : "return CompletableFuture<R>";
        problems.add(r -> r.error(method, Message.EVENT_RETURNS_VALUE, signature(method), returnType, remedy));
      }
    } else if (events) {
      kind = ChannelKind.RENDERER_INVOKE;
      resultType = invokeResult(method, returnType, future, "; main never blocks on a renderer", problems);
      returnsStage = resultType != null && future.equals("java.util.concurrent.CompletionStage");
    } else if (Annotations.SEND.equals(kindAnnotation)) {
      kind = ChannelKind.SEND;
      if (!isVoid) {
        problems.add(r -> r.error(method, Message.SEND_RETURNS_VALUE, signature(method), returnType));
      }
    } else if (Annotations.SEND_SYNC.equals(kindAnnotation)) {
      kind = ChannelKind.SEND_SYNC;
      if (isVoid) {
        problems.add(r -> r.error(method, Message.SEND_SYNC_VOID, signature(method)));
      } else if (future != null) {
        problems.add(r -> r.error(method, Message.SEND_SYNC_FUTURE, signature(method), returnType));
      } else {
        resultType = returnType;
      }
    } else if (Annotations.INVOKE.equals(kindAnnotation) || future != null) {
      kind = ChannelKind.INVOKE;
      resultType = invokeResult(method, returnType, future, ", or use @SendSync to block for the value", problems);
      returnsStage = resultType != null && future.equals("java.util.concurrent.CompletionStage");
    } else if (isVoid) {
      kind = ChannelKind.SEND;
    } else {
      problems.add(r -> r.error(method, Message.NO_KIND, signature(method), returnType));
      return null;
    }

    List<ChannelModel.Parameter> parameters = new ArrayList<>();
    List<? extends VariableElement> parameterElements = method.getParameters();
    for (int i = 0; i < parameterElements.size(); i++) {
      VariableElement parameter = parameterElements.get(i);
      TypeMirror parameterType = executable.getParameterTypes().get(i);
      String what = "Parameter '" + parameter.getSimpleName() + "'";
      WireType wire = readType(typeReader, parameterType, what, method, parameter, type, problems, missing);
      parameters.add(new ChannelModel.Parameter(parameter.getSimpleName().toString(), wire));
    }
    WireType result = null;
    if (resultType != null) {
      if (kind.handled() && isVoidClass(resultType)) {
        result = new WireType.VoidType();
      } else {
        result = readType(typeReader, resultType, "The result", method, method, type, problems, missing);
      }
    }
    List<ExceptionDef> exceptions = readExceptions(type, method, kind, typeReader, problems, missing);
    AnnotationMirror mainFrameOnly = Annotations.find(method, Annotations.MAIN_FRAME_ONLY);
    if (mainFrameOnly != null && events) {
      problems.add(r -> r.error(method, mainFrameOnly, null, Message.MAIN_FRAME_ONLY_IN_EVENTS, signature(method)));
    }
    if (problems.size() > before) {
      return null;
    }
    sources.add(new ChannelSource(method, nameMirror, nameValue));
    return new ChannelModel(methodName, channelName, kind, parameters, result, returnsStage, method.isVarArgs(), exceptions,
        mainFrameOnly != null);
  }

  /**
   * What an invoke in either direction answers: the type argument of its future, or {@code null}
   * with a problem if it returns no future or a raw one.
   */
  private static TypeMirror invokeResult(ExecutableElement method, TypeMirror returnType, String future,
      String otherwise, List<Consumer<Reporter>> problems) {
    if (future == null) {
      problems.add(r -> r.error(method, Message.INVOKE_NOT_ASYNC, signature(method), returnType, otherwise));
      return null;
    }
    if (((DeclaredType) returnType).getTypeArguments().isEmpty()) {
      problems.add(r -> r.error(method, Message.INVOKE_RAW_FUTURE, signature(method), returnType));
      return null;
    }
    return ((DeclaredType) returnType).getTypeArguments().get(0);
  }

  /**
   * The checked exceptions a sendSync or invoke method declares, each with the wire types of its
   * data; a send or event has no answer to carry one. Unchecked exceptions are skipped.
   */
  private List<ExceptionDef> readExceptions(TypeElement contract, ExecutableElement method, ChannelKind kind,
      TypeReader typeReader, List<Consumer<Reporter>> problems, Set<String> missing) {
    ExceptionShapes shapes = new ExceptionShapes(elements, types, typeRef(contract).packageName());
    List<TypeMirror> carriedTypes = new ArrayList<>();
    List<ExceptionShapes.Carried> carried = new ArrayList<>();
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (thrown.getKind() == TypeKind.ERROR) {
        missing.add(thrown.toString());
        continue;
      }
      ExceptionShapes.Shape shape = shapes.read(thrown);
      if (shape instanceof ExceptionShapes.Unchecked) {
        continue;
      }
      if (kind != ChannelKind.SEND_SYNC && !kind.handled()) {
        String what = kind == ChannelKind.EVENT ? "an event" : "a send";
        String remedy = kind == ChannelKind.EVENT
            ? "return CompletableFuture<R> to make it an invoke that the renderer answers"
            : "make the channel an @Invoke or @SendSync";
        problems.add(r -> r.error(method, Message.CHECKED_EXCEPTION, signature(method), simpleTypeName(thrown), what, remedy));
      } else if (shape instanceof ExceptionShapes.Rejected rejected) {
        problems.add(r -> r.error(method, Message.EXCEPTION_SHAPE, signature(method), rejected.typeName(), rejected.reason()));
      } else {
        carried.add((ExceptionShapes.Carried) shape);
        carriedTypes.add(thrown);
      }
    }
    List<ExceptionDef> exceptions = new ArrayList<>();
    for (int i = 0; i < carried.size(); i++) {
      ExceptionShapes.Carried shape = carried.get(i);
      List<ExceptionDef.Field> fields = new ArrayList<>();
      for (ExceptionShapes.RawField field : shape.fields()) {
        String what = "Data '" + field.name() + "' of " + shape.element().getSimpleName();
        WireType wire = readType(typeReader, field.type(), what, method, method, contract, problems, missing);
        fields.add(new ExceptionDef.Field(field.name(), field.accessor(), wire));
      }
      // A type with a declared supertype (or declared twice) needs no catch clause of its own.
      boolean mostGeneral = true;
      for (int j = 0; j < carriedTypes.size(); j++) {
        TypeMirror self = carriedTypes.get(i);
        TypeMirror other = carriedTypes.get(j);
        if (j != i && (types.isSameType(self, other) ? j < i : types.isSubtype(self, other))) {
          mostGeneral = false;
        }
      }
      exceptions.add(new ExceptionDef(shape.type(), fields, mostGeneral));
    }
    return exceptions;
  }

  private WireType readType(
      TypeReader typeReader,
      TypeMirror type,
      String what,
      ExecutableElement method,
      Element position,
      TypeElement contract,
      List<Consumer<Reporter>> problems,
      Set<String> missing) {
    try {
      return typeReader.read(type, TypeReader.pathRoot(type));
    } catch (TypeProblem problem) {
      String companion = typeRef(contract).flatName() + "Ipc";
      String packageName = elements.getPackageOf(contract).getQualifiedName().toString();
      switch (problem.kind()) {
        case UNRESOLVED:
          missing.add(problem.typeName());
          break;
        case INACCESSIBLE:
          problems.add(r -> r.error(position, Message.INACCESSIBLE_TYPE, what, signature(method), problem.typeName(),
              problem.path(), packageName, companion, packageName));
          break;
        default:
          String hint = problem.hint().isEmpty() ? "" : problem.hint() + " ";
          problems.add(r -> r.error(position, Message.UNSUPPORTED_TYPE, what, signature(method), problem.typeName(),
              problem.path(), problem.reason(), hint, WireType.supportedSummary()));
          break;
      }
      return null;
    }
  }

  /**
   * Abstract methods of the interface and its superinterfaces, declared ones first, in order. Kind
   * annotations on default or static methods, methods inherited from library interfaces and one
   * method inherited twice with different annotations are problems.
   */
  private List<ExecutableElement> channelMethods(TypeElement type, List<Consumer<Reporter>> problems) {
    List<ExecutableElement> methods = new ArrayList<>();
    Map<String, ExecutableElement> seen = new LinkedHashMap<>();
    collectMethods(type, type, methods, seen, problems, new HashSet<>());
    return methods;
  }

  private void collectMethods(TypeElement contract, TypeElement type, List<ExecutableElement> methods,
      Map<String, ExecutableElement> seen, List<Consumer<Reporter>> problems, Set<TypeElement> visited) {
    if (!visited.add(type)) {
      return;
    }
    if (type != contract) {
      inherited.add(type);
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Set<Modifier> modifiers = method.getModifiers();
      if (!modifiers.contains(Modifier.ABSTRACT)) {
        AnnotationMirror kind = kindAnnotation(method);
        if (kind != null) {
          String what = modifiers.contains(Modifier.STATIC) ? "static" : modifiers.contains(Modifier.PRIVATE) ? "private" : "default";
          problems.add(r -> r.error(method, kind, null, Message.KIND_ON_CONCRETE_METHOD,
              Annotations.simpleName(((TypeElement) kind.getAnnotationType().asElement()).getQualifiedName().toString()),
              signature(method), what));
        }
        continue;
      }
      if (isObjectMethod(method)) {
        continue;
      }
      if (isLibraryType(type)) {
        problems.add(r -> r.error(contract, Message.LIBRARY_METHOD, contract.getSimpleName(),
            method.getSimpleName() + "()", type.getQualifiedName()));
        continue;
      }
      String key = method.getSimpleName() + types.erasure(method.asType()).toString();
      ExecutableElement earlier = seen.putIfAbsent(key, method);
      if (earlier == null) {
        methods.add(method);
      } else if (!elements.overrides(earlier, method, (TypeElement) earlier.getEnclosingElement())
          && !sameChannelAnnotations(earlier, method)) {
        problems.add(r -> r.error(contract, Message.CONFLICTING_INHERITED, contract.getSimpleName(), signature(earlier),
            signature(method)));
      }
    }
    for (TypeMirror superinterface : type.getInterfaces()) {
      if (superinterface.getKind() == TypeKind.DECLARED) {
        collectMethods(contract, (TypeElement) ((DeclaredType) superinterface).asElement(), methods, seen, problems, visited);
      }
    }
  }

  /** The first kind or event annotation of {@code method}, or {@code null}. */
  private static AnnotationMirror kindAnnotation(ExecutableElement method) {
    for (String annotation : List.of(Annotations.INVOKE, Annotations.SEND, Annotations.SEND_SYNC, Annotations.EVENT)) {
      AnnotationMirror mirror = Annotations.find(method, annotation);
      if (mirror != null) {
        return mirror;
      }
    }
    return null;
  }

  /** Whether two declarations of one inherited method name the same channel kind and name. */
  private static boolean sameChannelAnnotations(ExecutableElement a, ExecutableElement b) {
    AnnotationMirror first = kindAnnotation(a);
    AnnotationMirror second = kindAnnotation(b);
    if (first == null || second == null) {
      return first == null && second == null;
    }
    AnnotationValue firstValue = Annotations.explicitValue(first);
    AnnotationValue secondValue = Annotations.explicitValue(second);
    return first.getAnnotationType().toString().equals(second.getAnnotationType().toString())
        && String.valueOf(firstValue == null ? null : firstValue.getValue())
            .equals(String.valueOf(secondValue == null ? null : secondValue.getValue()));
  }

  /** Interfaces of the JDK, such as {@code AutoCloseable}: their methods are not channels. */
  private static boolean isLibraryType(TypeElement type) {
    String name = type.getQualifiedName().toString();
    return name.startsWith("java.") || name.startsWith("javax.");
  }

  /** The checked exceptions a method declares, by simple name. */
  private static boolean isObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    int parameters = method.getParameters().size();
    return (parameters == 0 && (name.equals("toString") || name.equals("hashCode")))
        || (parameters == 1 && name.equals("equals")
            && method.getParameters().get(0).asType().toString().equals("java.lang.Object"));
  }

  private static String futureName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    return name.equals("java.util.concurrent.CompletableFuture") || name.equals("java.util.concurrent.CompletionStage")
        ? name
        : null;
  }

  private static boolean isPublisher(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.util.concurrent.Flow.Publisher");
  }

  private static boolean isVoidClass(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.Void");
  }

  private static boolean isPrivate(TypeElement type) {
    Element current = type;
    while (current instanceof TypeElement te) {
      if (te.getModifiers().contains(Modifier.PRIVATE) || te.getNestingKind() == NestingKind.LOCAL) {
        return true;
      }
      current = te.getEnclosingElement();
    }
    return false;
  }

  private TypeRef typeRef(TypeElement type) {
    return TypeRef.of(type, elements);
  }

  /** A method as users read it: {@code Files.read(String)}. */
  static String signature(ExecutableElement method) {
    StringBuilder b = new StringBuilder();
    b.append(method.getEnclosingElement().getSimpleName()).append('.').append(method.getSimpleName()).append('(');
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(simpleTypeName(parameters.get(i).asType()));
    }
    return b.append(')').toString();
  }

  static String simpleTypeName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      StringBuilder b = new StringBuilder(declared.asElement().getSimpleName());
      if (!declared.getTypeArguments().isEmpty()) {
        b.append('<');
        for (int i = 0; i < declared.getTypeArguments().size(); i++) {
          if (i > 0) {
            b.append(", ");
          }
          b.append(simpleTypeName(declared.getTypeArguments().get(i)));
        }
        b.append('>');
      }
      return b.toString();
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return simpleTypeName(((ArrayType) type).getComponentType()) + "[]";
    }
    return type.toString();
  }

  private static String describe(ElementKind kind) {
    switch (kind) {
      case CLASS:
        return "a class";
      case ENUM:
        return "an enum";
      case RECORD:
        return "a record";
      case ANNOTATION_TYPE:
        return "an annotation type";
      default:
        return "a " + kind.name().toLowerCase(Locale.ROOT);
    }
  }
}
