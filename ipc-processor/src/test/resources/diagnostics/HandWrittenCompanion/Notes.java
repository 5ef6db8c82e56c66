package test;

import org.typedipc.api.IpcContract;

@IpcContract
// ERROR: [IpcCompanionClash] Cannot generate NotesIpc for Notes: test.NotesIpc already declares that type. Rename Notes or the other type.
public interface Notes {
  void add(String text);
}
