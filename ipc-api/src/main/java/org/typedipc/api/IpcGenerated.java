package org.typedipc.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type the typed-ipc annotation processor generated. It is used instead of {@code
 * javax.annotation.processing.Generated}, which a named module can only see if it reads {@code
 * java.compiler}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface IpcGenerated {
  /**
   * The contract the type was generated from.
   *
   * @return the contract's fully qualified name
   */
  String value();
}
