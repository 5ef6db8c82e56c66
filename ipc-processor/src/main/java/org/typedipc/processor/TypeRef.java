package org.typedipc.processor;

import java.util.List;

/**
 * A named Java type: its package and its simple names from the outermost, e.g. {@code
 * ("com.example", ["Outer", "Inner"])}.
 */
record TypeRef(String packageName, List<String> simpleNames) {
  TypeRef {
    simpleNames = List.copyOf(simpleNames);
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
