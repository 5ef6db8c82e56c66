package org.typedipc.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * A named Java type: its package and its simple names from the outermost, e.g. {@code
 * ("com.example", ["Outer", "Inner"])}.
 */
record TypeRef(String packageName, List<String> simpleNames) {
  TypeRef {
    simpleNames = List.copyOf(simpleNames);
  }

  static TypeRef of(TypeElement type, Elements elements) {
    List<String> simpleNames = new ArrayList<>();
    Element current = type;
    while (current instanceof TypeElement te) {
      simpleNames.add(0, te.getSimpleName().toString());
      current = te.getEnclosingElement();
    }
    return new TypeRef(elements.getPackageOf(type).getQualifiedName().toString(), simpleNames);
  }

  String qualifiedName() {
    String nested = String.join(".", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }

  /** The simple names joined without dots: {@code OuterInner}. */
  String flatName() {
    return String.join("", simpleNames);
  }
}
