/** Runnable typed-ipc samples. */
module org.typedipc.samples {
  requires org.typedipc.runtime;
  requires jdk.management;
}
