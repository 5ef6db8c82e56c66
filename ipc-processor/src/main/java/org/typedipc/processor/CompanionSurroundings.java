package org.typedipc.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What surrounds a contract's companion and shapes how it is written: names that would hide the
 * ones the companion writes, and deprecated elements it cannot avoid using.
 */
final class CompanionSurroundings {
  private final Elements elements;
  /**
   * Whether {@code java.lang} has a type of a simple name, by name: a missing type is an expensive
   * lookup, and every contract of a package asks about the same names (all the package's types).
   */
  private final Map<String, Boolean> inJavaLang = new HashMap<>();
  /** The simple names of each package's types, by package: the same for all its contracts in a round. */
  private final Map<Element, Set<String>> packageTypeNames = new HashMap<>();

  CompanionSurroundings(Elements elements) {
    this.elements = elements;
  }

  /**
   * The {@code java.lang} simple names that something the companion can see also has: a type of
   * the contract's package, a member type of the contract (the proxy implements it) or a user type.
   */
  Set<String> shadowedJavaLang(TypeElement contract, Map<String, UserTypeDef> userTypes) {
    Set<String> candidates = new HashSet<>(packageTypeNames.computeIfAbsent(elements.getPackageOf(contract), pkg -> {
      Set<String> names = new HashSet<>();
      for (Element member : pkg.getEnclosedElements()) {
        names.add(member.getSimpleName().toString());
      }
      return names;
    }));
    for (TypeElement member : ElementFilter.typesIn(elements.getAllMembers(contract))) {
      candidates.add(member.getSimpleName().toString());
    }
    userTypes.values().forEach(def -> candidates.addAll(def.type().simpleNames()));
    candidates.addAll(contractSimpleNames(contract));
    Set<String> shadowed = new TreeSet<>();
    for (String name : candidates) {
      if (inJavaLang.computeIfAbsent(name, this::isJavaLangType)) {
        shadowed.add(name);
      }
    }
    return shadowed;
  }

  private boolean isJavaLangType(String simpleName) {
    ModuleElement base = elements.getModuleElement("java.base");
    return (base != null ? elements.getTypeElement(base, "java.lang." + simpleName)
        : elements.getTypeElement("java.lang." + simpleName)) != null;
  }

  /**
   * Forgets the package listings at the end of a round: the next round's generated types join
   * their packages. The {@code java.lang} answers stay, since no compilation adds to {@code java.lang}.
   */
  void nextRound() {
    packageTypeNames.clear();
  }

  /** The simple names of the contract's member types and constants, inherited ones included. */
  Set<String> memberNames(TypeElement contract) {
    Set<String> names = new HashSet<>();
    for (Element member : elements.getAllMembers(contract)) {
      if (member instanceof TypeElement || member.getKind() == ElementKind.FIELD) {
        names.add(member.getSimpleName().toString());
      }
    }
    return names;
  }

  private static List<String> contractSimpleNames(TypeElement contract) {
    List<String> names = new ArrayList<>();
    for (Element current = contract; current instanceof TypeElement te; current = te.getEnclosingElement()) {
      names.add(te.getSimpleName().toString());
    }
    return names;
  }

  /** Whether the companion uses something deprecated: the contract, a channel method or a user type. */
  boolean usesDeprecated(TypeElement contract, List<ExecutableElement> methods, Map<String, UserTypeDef> userTypes) {
    for (Element current = contract; current instanceof TypeElement; current = current.getEnclosingElement()) {
      if (elements.isDeprecated(current)) {
        return true;
      }
    }
    for (ExecutableElement method : methods) {
      if (elements.isDeprecated(method)) {
        return true;
      }
    }
    for (UserTypeDef def : userTypes.values()) {
      TypeElement type = elements.getTypeElement(def.type().qualifiedName());
      for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
        if (elements.isDeprecated(current)) {
          return true;
        }
      }
      if (type != null) {
        for (Element member : type.getEnclosedElements()) {
          if (member instanceof ExecutableElement && elements.isDeprecated(member)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
