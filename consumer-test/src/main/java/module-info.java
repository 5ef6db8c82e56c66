/** A user's application: a named module with a contract, built outside the SDK's reactor. */
module com.example.app {
  exports com.example.app.api;
  requires transitive org.typedipc.runtime;
  requires transitive org.typedipc.api;
}
