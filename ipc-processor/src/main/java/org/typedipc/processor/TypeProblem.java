package org.typedipc.processor;

/**
 * Why a type cannot cross the wire, found while reading it. Thrown by {@link TypeReader} and turned
 * into one diagnostic on the parameter or method that uses the type.
 */
final class TypeProblem extends Exception {
  private static final long serialVersionUID = 1L;

  enum Kind {
    /** The type is not supported; {@link #reason()} says what it is and {@link #hint()} what to do. */
    UNSUPPORTED,
    /** The type is private or not visible from the contract's package. */
    INACCESSIBLE,
    /** The type could not be resolved yet; another processor may still generate it. */
    UNRESOLVED
  }

  private final Kind kind;
  private final String typeName;
  private final String path;
  private final String reason;
  private final String hint;

  TypeProblem(Kind kind, String typeName, String path, String reason, String hint) {
    super(typeName + " at " + path + ": " + reason, null, false, false);
    this.kind = kind;
    this.typeName = typeName;
    this.path = path;
    this.reason = reason;
    this.hint = hint;
  }

  Kind kind() {
    return kind;
  }

  String typeName() {
    return typeName;
  }

  /** Where the type sits, from the top-level type: {@code Config.plugins[0].handle}. */
  String path() {
    return path;
  }

  String reason() {
    return reason;
  }

  String hint() {
    return hint;
  }
}
