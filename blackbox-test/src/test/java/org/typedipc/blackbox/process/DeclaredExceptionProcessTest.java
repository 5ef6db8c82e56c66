package org.typedipc.blackbox.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.typedipc.blackbox.conformance.Stock;
import org.typedipc.blackbox.conformance.StockIpc;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.TransportKind;

/** Declared exceptions cross a real process boundary with their type and data, over every transport. */
@Timeout(90)
class DeclaredExceptionProcessTest {
  private static final Instant RESTOCK = Instant.parse("2026-12-24T08:00:00Z");

  private IpcMain main;

  @BeforeEach
  void createMain() {
    main = IpcMain.create();
  }

  @AfterEach
  void closeMain() {
    main.close();
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void aRendererProcessGetsTheDeclaredExceptionsAndElectronsTextForOthers(TransportKind transport, @TempDir Path directory)
      throws Exception {
    LinkedBlockingQueue<Object> reports = new LinkedBlockingQueue<>();
    main.on("report", (event, args) -> reports.add(args[0]));
    StockIpc.Registrar stock = StockIpc.main(main);
    stock.handleReserve((event, item, wanted) -> {
      if (wanted == 0) {
        throw new IllegalStateException("no " + item);
      }
      throw new Stock.OutOfStock(item, 2, List.of("bolts"), Optional.of(RESTOCK));
    });
    stock.onReserveSync((event, item, wanted) -> {
      throw new Stock.Refused("closed for " + item);
    });

    main.launch(RendererLaunch.mainClass(StockRenderer.class.getName())
            .withTransport(transport)
            .withErrorOutput(directory.resolve("renderer-errors.txt")))
        .get(60, TimeUnit.SECONDS);

    assertEquals("OutOfStock nails 2 [bolts] Optional[2026-12-24T08:00:00Z]", reports.poll(60, TimeUnit.SECONDS));
    assertEquals("Refused closed for nails", reports.poll(60, TimeUnit.SECONDS));
    assertEquals("IpcRemoteException: Error invoking remote method 'stock:reserve': java.lang.IllegalStateException: no glue",
        reports.poll(60, TimeUnit.SECONDS));
  }
}
