package org.typedipc.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Prints errors on the most precise position available. */
final class Reporter {
  private final Messager messager;

  Reporter(Messager messager) {
    this.messager = messager;
  }

  void error(Element element, Message message, Object... args) {
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
  }

  void note(Element element, Message message, Object... args) {
    messager.printMessage(Diagnostic.Kind.NOTE, message.format(args), element);
  }

  /** An error without a position, for a wrong processor option. */
  void error(Message message, Object... args) {
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args));
  }

  /** An error on an annotation of {@code element}, and on its {@code value} if it has one. */
  void error(
      Element element, AnnotationMirror annotation, AnnotationValue value, Message message, Object... args) {
    print(Diagnostic.Kind.ERROR, element, annotation, value, message, args);
  }

  /** A warning, placed like {@link #error(Element, AnnotationMirror, AnnotationValue, Message, Object...)}. */
  void warning(
      Element element, AnnotationMirror annotation, AnnotationValue value, Message message, Object... args) {
    print(Diagnostic.Kind.WARNING, element, annotation, value, message, args);
  }

  private void print(
      Diagnostic.Kind kind, Element element, AnnotationMirror annotation, AnnotationValue value, Message message, Object... args) {
    if (annotation == null) {
      messager.printMessage(kind, message.format(args), element);
    } else if (value == null) {
      messager.printMessage(kind, message.format(args), element, annotation);
    } else {
      messager.printMessage(kind, message.format(args), element, annotation, value);
    }
  }
}
