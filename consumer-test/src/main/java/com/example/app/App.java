package com.example.app;

import com.example.app.api.Greeter;
import com.example.app.api.GreeterIpc;
import java.util.concurrent.atomic.AtomicInteger;
import org.typedipc.runtime.IpcMain;

/** Serves the contract in main, calls it from an embedded renderer, prints the answer. */
public final class App {
  private App() {}

  /**
   * Runs the application.
   *
   * @param args unused
   */
  public static void main(String[] args) throws Exception {
    AtomicInteger visits = new AtomicInteger();
    try (IpcMain ipcMain = IpcMain.create()) {
      GreeterIpc.Registrar greeter = GreeterIpc.main(ipcMain);
      greeter.onVisited((event, name) -> visits.incrementAndGet());
      greeter.handleGreet((event, name) -> new Greeter.Greeting("Hello, " + name, visits.get()));
      Greeter remote = GreeterIpc.renderer(ipcMain.embedRenderer().ipcRenderer());
      remote.visited("consumer");
      System.out.println(remote.greet("consumer").get());
    }
  }
}
