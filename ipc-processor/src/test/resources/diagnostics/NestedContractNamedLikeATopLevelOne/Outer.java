package test;

import org.typedipc.api.IpcContract;

public class Outer {
  @IpcContract
  public interface Notes {
    void add(String text);
  }
}
