/** Runnable typed-ipc samples. */
module org.typedipc.samples {
  requires transitive org.typedipc.runtime;
  requires transitive org.typedipc.api;
  requires jdk.management;
  requires jdk.jfr;

  exports org.typedipc.samples.typed;
  exports org.typedipc.samples.workers;
}
