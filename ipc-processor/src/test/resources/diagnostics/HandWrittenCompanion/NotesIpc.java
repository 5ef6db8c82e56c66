package test;

/** Written by hand, before the contract existed. */
public final class NotesIpc {
  private NotesIpc() {}
}
