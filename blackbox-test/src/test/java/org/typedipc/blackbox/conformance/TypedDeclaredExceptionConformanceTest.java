package org.typedipc.blackbox.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.typedipc.runtime.testing.Waits.assertFailsWith;
import static org.typedipc.runtime.testing.Waits.await;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.typedipc.blackbox.conformance.Stock.Discontinued;
import org.typedipc.blackbox.conformance.Stock.OutOfStock;
import org.typedipc.blackbox.conformance.Stock.Refused;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.testing.OverEveryTransport;

/**
 * Exceptions a contract method declares reach the caller as themselves, with their data: the
 * invoke's future fails with them, the sendSync throws them. Undeclared ones keep Electron's text.
 */
@OverEveryTransport
class TypedDeclaredExceptionConformanceTest extends TypedConformanceFixture {
  private static final Instant RESTOCK = Instant.parse("2026-12-24T08:00:00Z");

  private Stock stock;
  private StockIpc.Registrar stockMain;

  @BeforeEach
  void stockCompanions() throws Exception {
    stock = StockIpc.renderer(ipc);
    stockMain = StockIpc.main(main);
  }

  private static OutOfStock outOfStock(String item) {
    return new OutOfStock(item, 2, List.of("bolts", "screws"), Optional.of(RESTOCK));
  }

  private static void assertSameData(OutOfStock expected, OutOfStock actual) {
    assertEquals(expected.item(), actual.item());
    assertEquals(expected.available(), actual.available());
    assertEquals(expected.alternatives(), actual.alternatives());
    assertEquals(expected.restock(), actual.restock());
    assertEquals(expected.getMessage(), actual.getMessage());
  }

  @Test
  void invokeFailsWithTheDeclaredExceptionAndItsData() throws Exception {
    stockMain.handleReserve((event, item, wanted) -> {
      throw outOfStock(item);
    });

    OutOfStock failure = assertFailsWith(OutOfStock.class, stock.reserve("nails", 5));

    assertSameData(outOfStock("nails"), failure);
  }

  @Test
  void theFuturesJoinAndGetWrapTheDeclaredExceptionAsUsual() throws Exception {
    stockMain.handleReserve((event, item, wanted) -> {
      throw new Refused("closed on " + item);
    });

    CompletableFuture<String> call = stock.reserve("sunday", 1);
    ExecutionException got = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
    CompletionException joined = assertThrows(CompletionException.class, call::join);

    assertEquals("closed on sunday", assertInstanceOf(Refused.class, got.getCause()).getMessage());
    assertInstanceOf(Refused.class, joined.getCause());
  }

  @Test
  void aFailedStageOfAnAsyncHandlerCarriesTheDeclaredException() throws Exception {
    stockMain.handleReserveAsync((event, item, wanted) -> CompletableFuture.supplyAsync(() -> {
      throw new CompletionException(outOfStock(item));
    }, CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS)));

    assertSameData(outOfStock("washers"), assertFailsWith(OutOfStock.class, stock.reserve("washers", 9)));
  }

  @Test
  void aHandleOnceHandlerThrowsTheDeclaredExceptionOnce() throws Exception {
    stockMain.handleOnceReserve((event, item, wanted) -> {
      throw new Refused("only once");
    });

    assertEquals("only once", assertFailsWith(Refused.class, stock.reserve("x", 1)).getMessage());
    assertEquals("Error invoking remote method 'stock:reserve': No handler registered for 'stock:reserve'",
        assertFailsWith(RuntimeException.class, stock.reserve("x", 1)).getMessage());
  }

  @Test
  void theMostSpecificDeclaredTypeWinsWhateverTheOrderOfTheThrowsClause() throws Exception {
    stockMain.handleDiscontinue((event, item) -> {
      throw new Discontinued(item, item + " 2");
    });

    Discontinued failure = assertFailsWith(Discontinued.class, stock.discontinue("drill"));

    assertEquals("drill 2", failure.getSuccessor());
    assertEquals("drill", failure.item());
  }

  @Test
  void anUndeclaredExceptionKeepsElectronsText() throws Exception {
    stockMain.handleReserve((event, item, wanted) -> {
      throw new IllegalStateException("no " + item);
    });

    IpcRemoteException failure = assertFailsWith(IpcRemoteException.class, stock.reserve("glue", 1));

    assertEquals("Error invoking remote method 'stock:reserve': java.lang.IllegalStateException: no glue", failure.getMessage());
  }

  @Test
  void sendSyncThrowsTheDeclaredExceptionItself() throws Exception {
    stockMain.onReserveSync((event, item, wanted) -> {
      if (wanted > 2) {
        throw outOfStock(item);
      }
      throw new Refused("not today");
    });

    OutOfStock outOfStock = assertThrows(OutOfStock.class, () -> stock.reserveSync("nails", 3));
    Refused refused = assertThrows(Refused.class, () -> stock.reserveSync("nails", 1));

    assertSameData(outOfStock("nails"), outOfStock);
    assertEquals("not today", refused.getMessage());
  }

  @Test
  void sendSyncStillAnswersWithTheValue() throws Exception {
    stockMain.onReserveSync((event, item, wanted) -> item + " x" + wanted);

    assertEquals("nails x3", stock.reserveSync("nails", 3));
  }

  @Test
  void aStringSendSyncCallerOfADeclaringChannelGetsElectronsText() throws Exception {
    Typed.of(main).on(StockIpc.RESERVE_SYNC_CHANNEL, (event, args) -> Typed.of(event).setReturnException(StockIpc.RESERVE_SYNC_CHANNEL,
        new Refused("untyped caller")));

    IpcRemoteException failure = assertThrows(IpcRemoteException.class,
        () -> Typed.of(ipc).sendSync(StockIpc.RESERVE_SYNC_CHANNEL, new StockIpc.ReserveSyncArgs("a", 1)));

    assertEquals("Error invoking remote method 'stock:reserve-sync': " + Refused.class.getName() + ": untyped caller",
        failure.getMessage());
  }

  @Test
  void answeringWithAnUndeclaredExceptionIsRefusedInMain() throws Exception {
    AtomicReference<IllegalArgumentException> refused = new AtomicReference<>();
    Typed.of(main).on(StockIpc.RESERVE_SYNC_CHANNEL, (event, args) -> {
      try {
        Typed.of(event).setReturnException(StockIpc.RESERVE_SYNC_CHANNEL, new IOException("disk"));
      } catch (IllegalArgumentException e) {
        refused.set(e);
        Typed.of(event).setReturnValue(StockIpc.RESERVE_SYNC_CHANNEL, "answered");
      }
    });

    assertEquals("answered", stock.reserveSync("a", 1));
    assertEquals("Cannot fail 'stock:reserve-sync' with java.io.IOException: the channel does not declare it. Declare it in"
        + " the contract method's throws clause, or throw an unchecked exception.", refused.get().getMessage());
  }
}
