/** Runnable typed-ipc samples. */
module org.typedipc.samples {
  requires org.typedipc.runtime;
  requires org.typedipc.api;
  requires jdk.management;

  exports org.typedipc.samples.typed;
}
