/** Runnable typed-ipc samples. */
module org.typedipc.samples {
  requires transitive org.typedipc.runtime;
  requires transitive org.typedipc.api;

  exports org.typedipc.samples.typed;
  exports org.typedipc.samples.workers;
}
