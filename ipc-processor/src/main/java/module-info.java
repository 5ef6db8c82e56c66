/** The typed-ipc annotation processor. */
module org.typedipc.processor {
  requires java.compiler;
  requires com.palantir.javapoet;
  requires static com.google.auto.service;

  provides javax.annotation.processing.Processor with
      org.typedipc.processor.IpcProcessor;
}
