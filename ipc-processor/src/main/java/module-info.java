/** The typed-ipc annotation processor. */
module org.typedipc.processor {
  requires java.compiler;
  requires org.typedipc.api;
  requires com.palantir.javapoet;
  requires static com.google.auto.service;
}
