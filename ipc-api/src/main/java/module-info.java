/** The contract annotations of typed-ipc and the marker on generated code. Depends on the JDK alone. */
module org.typedipc.api {
  exports org.typedipc.api;
}
