package test;

import org.typedipc.api.IpcContract;

// The clash is reported on the contract javac reads second.
@IpcContract
// ERROR: [IpcCompanionClash] Cannot generate OuterNotesIpc for OuterNotes: the companion of test.Outer.Notes already declares that type. Rename OuterNotes or the other type.
public interface OuterNotes {
  void add(String text);
}
