package org.typedipc.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides whether a type in a channel method's {@code throws} clause can cross the wire as a typed
 * error. It must be a concrete checked exception class the companion's package can see, more
 * specific than {@code Exception}, with an accessible constructor whose every parameter has an
 * accessible no-argument accessor of the same type, named like the parameter or its getter ({@code
 * limit()} or {@code getLimit()}); of several such constructors the one with most parameters wins.
 * Unchecked exceptions only document the method and are skipped.
 */
final class ExceptionShapes {
  /** What a thrown type turned out to be. */
  sealed interface Shape {}

  /** An unchecked exception: not carried, as before. */
  record Unchecked() implements Shape {}

  /** A carried exception: its constructor's parameters with their accessors and types. */
  record Carried(TypeRef type, TypeElement element, List<RawField> fields) implements Shape {}

  /** A checked exception that cannot be carried, and why. */
  record Rejected(String typeName, String reason) implements Shape {}

  record RawField(String name, String accessor, TypeMirror type) {}

  private final Elements elements;
  private final Types types;
  private final String companionPackage;

  ExceptionShapes(Elements elements, Types types, String companionPackage) {
    this.elements = elements;
    this.types = types;
    this.companionPackage = companionPackage;
  }

  Shape read(TypeMirror thrown) {
    TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    if (types.isSubtype(thrown, runtime) || types.isSubtype(thrown, error)) {
      return new Unchecked();
    }
    String name = thrown.toString();
    if (thrown.getKind() != TypeKind.DECLARED) {
      return new Rejected(name, "it is not a class");
    }
    TypeElement element = (TypeElement) ((DeclaredType) thrown).asElement();
    String qualified = element.getQualifiedName().toString();
    if (qualified.equals("java.lang.Exception") || qualified.equals("java.lang.Throwable")) {
      return new Rejected(name, "it is so broad that every failure would count as declared");
    }
    if (element.getModifiers().contains(Modifier.ABSTRACT)) {
      return new Rejected(name, "it is abstract, so the caller's side cannot create one");
    }
    if (element.getNestingKind() == NestingKind.MEMBER && !element.getModifiers().contains(Modifier.STATIC)) {
      return new Rejected(name, "it is an inner class, so it cannot be created without an enclosing instance");
    }
    String inaccessible = inaccessible(element);
    if (inaccessible != null) {
      return new Rejected(name, inaccessible);
    }
    Carried best = null;
    String firstMismatch = null;
    for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
      if (!accessible(constructor)) {
        continue;
      }
      List<RawField> fields = new ArrayList<>();
      String mismatch = null;
      ExecutableType executable = (ExecutableType) types.asMemberOf((DeclaredType) thrown, constructor);
      for (int i = 0; i < constructor.getParameters().size() && mismatch == null; i++) {
        VariableElement parameter = constructor.getParameters().get(i);
        TypeMirror type = executable.getParameterTypes().get(i);
        String accessor = accessor(element, (DeclaredType) thrown, parameter.getSimpleName().toString(), type);
        if (accessor == null) {
          mismatch = "its constructor " + element.getSimpleName() + describe(constructor) + " has no accessor "
              + parameter.getSimpleName() + "() or " + getter(parameter.getSimpleName().toString()) + "() returning "
              + type + " for its parameter '" + parameter.getSimpleName() + "'";
        } else {
          fields.add(new RawField(parameter.getSimpleName().toString(), accessor, type));
        }
      }
      if (mismatch != null) {
        firstMismatch = firstMismatch == null ? mismatch : firstMismatch;
      } else if (best == null || fields.size() > best.fields().size()) {
        best = new Carried(TypeRef.of(element, elements), element, fields);
      }
    }
    if (best != null) {
      return best;
    }
    return new Rejected(name, firstMismatch != null ? firstMismatch : "it has no constructor the generated code can call");
  }

  /** The accessor of {@code parameter}: {@code name()} if there is one, else {@code getName()}; or null. */
  private String accessor(TypeElement element, DeclaredType type, String parameter, TypeMirror parameterType) {
    for (String candidate : List.of(parameter, getter(parameter))) {
      for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(element))) {
        if (method.getSimpleName().contentEquals(candidate)
            && method.getParameters().isEmpty()
            && !method.getModifiers().contains(Modifier.STATIC)
            && accessible(method)
            && types.isSameType(((ExecutableType) types.asMemberOf(type, method)).getReturnType(), parameterType)) {
          return candidate;
        }
      }
    }
    return null;
  }

  private static String getter(String parameter) {
    return "get" + parameter.substring(0, 1).toUpperCase(Locale.ROOT) + parameter.substring(1);
  }

  private static String describe(ExecutableElement constructor) {
    List<String> parameters = new ArrayList<>();
    for (VariableElement parameter : constructor.getParameters()) {
      parameters.add(parameter.asType() + " " + parameter.getSimpleName());
    }
    return "(" + String.join(", ", parameters) + ")";
  }

  /** Whether generated code in the companion's package may call {@code member}. */
  private boolean accessible(Element member) {
    Set<Modifier> modifiers = member.getModifiers();
    if (modifiers.contains(Modifier.PUBLIC)) {
      return true;
    }
    return !modifiers.contains(Modifier.PRIVATE) && samePackage(member);
  }

  private String inaccessible(TypeElement element) {
    Element current = element;
    while (current instanceof TypeElement type) {
      Set<Modifier> modifiers = type.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE) || type.getNestingKind() == NestingKind.LOCAL
          || type.getNestingKind() == NestingKind.ANONYMOUS) {
        return "it is private, so the generated code cannot name it";
      }
      if (!modifiers.contains(Modifier.PUBLIC) && !samePackage(type)) {
        return "it is not public and belongs to another package than " + companionPackage + ", where the generated code lives";
      }
      current = type.getEnclosingElement();
    }
    return null;
  }

  private boolean samePackage(Element element) {
    return elements.getPackageOf(element).getQualifiedName().contentEquals(companionPackage);
  }
}
