package org.typedipc.processor;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads the contract annotations through their mirrors, so positions can point at their values. */
final class Annotations {
  static final String CONTRACT = "org.typedipc.api.IpcContract";
  static final String EVENTS = "org.typedipc.api.IpcEvents";
  static final String INVOKE = "org.typedipc.api.Invoke";
  static final String SEND = "org.typedipc.api.Send";
  static final String SEND_SYNC = "org.typedipc.api.SendSync";
  static final String EVENT = "org.typedipc.api.Event";
  static final String CODECS = "org.typedipc.api.IpcCodecs";
  static final String MAIN_FRAME_ONLY = "org.typedipc.api.MainFrameOnly";
  /** The markers on generated companions, claimed so that their round is not reported as unclaimed. */
  static final String GENERATED = "org.typedipc.api.IpcGenerated";
  static final String JAVAX_GENERATED = "javax.annotation.processing.Generated";

  private Annotations() {}

  /** The annotation of type {@code qualifiedName} on {@code element}, or {@code null}. */
  static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** The explicitly written {@code value} of {@code mirror}, or {@code null} if it was left out. */
  static AnnotationValue explicitValue(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The simple name of an annotation type's qualified name: {@code Invoke}. */
  static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
