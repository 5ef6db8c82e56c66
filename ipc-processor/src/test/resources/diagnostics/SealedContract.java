package test;

import org.typedipc.api.IpcContract;

@IpcContract
// ERROR: [IpcSealedContract] Files is sealed, but the generated FilesIpc must implement it. Remove `sealed` and its `permits` clause.
sealed interface Files permits LocalFiles {
  void log(String text);
}

final class LocalFiles implements Files {
  @Override
  public void log(String text) {}
}
