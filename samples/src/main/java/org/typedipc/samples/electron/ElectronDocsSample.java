package org.typedipc.samples.electron;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcRenderer;

/**
 * The example of Electron's {@code ipcMain} documentation, in Java: main answers {@code
 * asynchronous-message} with {@code event.reply}, {@code synchronous-message} through {@code
 * returnValue}, and {@code my-invokable-ipc} with a handler; a renderer sends {@code ping} all three
 * ways and prints what comes back.
 */
public final class ElectronDocsSample {
  private ElectronDocsSample() {}

  public static void main(String[] args) throws Exception {
    try (IpcMain ipcMain = IpcMain.create()) {
      // In main.
      ipcMain.on("asynchronous-message", (event, arg) -> {
        System.out.println("main got " + arg[0] + " on asynchronous-message"); // prints "ping"
        event.reply("asynchronous-reply", "pong");
      });
      ipcMain.on("synchronous-message", (event, arg) -> {
        System.out.println("main got " + arg[0] + " on synchronous-message"); // prints "ping"
        event.setReturnValue("pong");
      });
      ipcMain.handle("my-invokable-ipc", (event, arg) ->
          CompletableFuture.supplyAsync(() -> arg[0] + " → pong (from renderer #" + event.sender().id() + ")"));

      // In a renderer.
      EmbeddedRenderer renderer = ipcMain.embedRenderer();
      IpcRenderer ipcRenderer = renderer.ipcRenderer();

      System.out.println("renderer got " + ipcRenderer.sendSync("synchronous-message", "ping")); // prints "pong"

      CountDownLatch replied = new CountDownLatch(1);
      ipcRenderer.on("asynchronous-reply", (event, arg) -> {
        System.out.println("renderer got " + arg[0] + " on asynchronous-reply"); // prints "pong"
        replied.countDown();
      });
      ipcRenderer.send("asynchronous-message", "ping");
      if (!replied.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("no asynchronous-reply within 10 s");
      }

      Object result = ipcRenderer.invoke("my-invokable-ipc", "ping").get(10, TimeUnit.SECONDS);
      System.out.println("renderer got " + result + " from my-invokable-ipc");

      renderer.close();
    }
  }
}
