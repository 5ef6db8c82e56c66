/** Runnable typed-ipc samples. */
module org.typedipc.samples {
  requires org.typedipc.runtime;
}
