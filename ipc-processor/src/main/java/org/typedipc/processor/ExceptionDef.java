package org.typedipc.processor;

import java.util.List;

/**
 * A checked exception a channel method declares, as it crosses the wire: the values of its chosen
 * constructor's parameters, each read back through an accessor, and rebuilt with that constructor
 * on the caller's side.
 *
 * @param mostGeneral whether no other exception the same method declares is a supertype of it;
 *     only those need a catch clause of their own
 */
record ExceptionDef(TypeRef type, List<Field> fields, boolean mostGeneral) {
  ExceptionDef {
    fields = List.copyOf(fields);
  }

  /** A constructor parameter and the no-argument method that returns its value. */
  record Field(String name, String accessor, WireType type) {}

  /** The definition that goes into the channel's fingerprint: type, then fields by name and type. */
  String canonical() {
    StringBuilder b = new StringBuilder(type.qualifiedName()).append('(');
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(fields.get(i).name()).append(':').append(fields.get(i).type().canonical());
    }
    return b.append(')').toString();
  }
}
