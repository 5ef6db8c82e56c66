package org.typedipc.blackbox.process;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.typedipc.blackbox.conformance.Stock;
import org.typedipc.blackbox.conformance.StockIpc;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.RendererProcess;

/**
 * A renderer process that calls main's {@link Stock} channels once each and reports how every
 * call ended on the {@code "report"} channel: the declared exception's type and data, or the
 * class and message of any other failure.
 */
public final class StockRenderer {
  private StockRenderer() {}

  public static void main(String[] args) {
    RendererProcess.run(connection -> {
      IpcRenderer ipc = connection.ipcRenderer();
      Stock stock = StockIpc.renderer(ipc);
      // A sendSync may not run inside a listener or the start-up callback's thread of delivery.
      Thread calls = new Thread(() -> {
        ipc.send("report", outcome(() -> stock.reserve("nails", 5).get(30, TimeUnit.SECONDS)));
        ipc.send("report", outcome(() -> stock.reserveSync("nails", 1)));
        ipc.send("report", outcome(() -> stock.reserve("glue", 0).get(30, TimeUnit.SECONDS)));
      }, "stock-calls");
      calls.start();
    });
  }

  private static String outcome(Callable<?> call) {
    try {
      return "value " + call.call();
    } catch (ExecutionException e) {
      return describe(e.getCause());
    } catch (Exception e) {
      return describe(e);
    }
  }

  private static String describe(Throwable failure) {
    if (failure instanceof Stock.OutOfStock outOfStock) {
      return "OutOfStock " + outOfStock.item() + " " + outOfStock.available() + " " + outOfStock.alternatives() + " "
          + outOfStock.restock();
    }
    if (failure instanceof Stock.Refused refused) {
      return "Refused " + refused.getMessage();
    }
    return failure.getClass().getSimpleName() + ": " + failure.getMessage();
  }
}
