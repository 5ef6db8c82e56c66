/**
 * A consumer of typed-ipc, built as a user builds one: a named module whose contracts the
 * annotation processor turns into companions. Its tests drive those companions end to end.
 */
module org.typedipc.blackbox {
  requires org.typedipc.runtime;
  requires org.typedipc.api;
}
