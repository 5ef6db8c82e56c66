package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;
import static org.typedipc.runtime.conformance.Fences.syncWithFrame;
import static org.typedipc.runtime.conformance.Fences.syncWithMain;
import static org.typedipc.runtime.testing.Waits.await;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.ReplayableSeed;

/**
 * Call order: what one frame sends starts in main in call order, and what main sends to one frame
 * arrives in send order (9–10). The mixed calls are drawn from a {@link ReplayableSeed}.
 */
// A thousand calls per test, many of them round trips: more than the usual ten seconds on a slow machine.
@OverEveryTransport
@Timeout(value = 30, threadMode = SEPARATE_THREAD)
class OrderingConformanceTest extends IpcFixture {
  @RegisterExtension
  final ReplayableSeed.Recorder seeds = new ReplayableSeed.Recorder();

  @Test
  void aThousandCallsMixingSendAndSendSyncStartInMainInCallOrder() { // 9
    assertMixedCallsStartInCallOrder(2);
  }

  @Test
  void aThousandCallsMixingSendSendSyncAndInvokeStartInMainInCallOrder() { // 10
    assertMixedCallsStartInCallOrder(3);
  }

  @Test
  void aThousandMixedCallsStartInCallOrderWhenMainRunsOnAnExecutorPool() {
    IpcMain bound = startMain(IpcMainOptions.defaults().withExecutor(startPool("conformance-order-pool", 4)));
    assertMixedCallsStartInCallOrder(bound, startRenderer(bound).ipc(), 3);
  }

  private void assertMixedCallsStartInCallOrder(int kinds) {
    assertMixedCallsStartInCallOrder(main, ipc, kinds);
  }

  private void assertMixedCallsStartInCallOrder(IpcMain target, IpcRenderer frame, int kinds) {
    ReplayableSeed seed = seeds.draw(transport + " ordering with " + kinds + " call kinds");
    String replay = seed.toString();
    Random random = seed.random();
    List<Integer> started = Collections.synchronizedList(new ArrayList<>());
    target.on("order", (event, args) -> {
      started.add((Integer) args[0]);
      if (event.isSync()) {
        event.setReturnValue(args[0]);
      }
    });
    target.handle("order", (event, args) -> {
      started.add((Integer) args[0]);
      return args[0];
    });

    List<CompletableFuture<Object>> invokes = new ArrayList<>();
    StringBuilder calls = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      switch (random.nextInt(kinds)) {
        case 0:
          calls.append('s');
          frame.send("order", i);
          break;
        case 1:
          calls.append('S');
          assertEquals(i, frame.sendSync("order", i), replay);
          break;
        default:
          calls.append('i');
          invokes.add(frame.invoke("order", i));
      }
    }
    for (CompletableFuture<Object> call : invokes) {
      await(call);
    }
    syncWithMain(target, frame);

    List<Integer> expected = IntStream.range(0, 1000).boxed().collect(Collectors.toList());
    assertEquals(expected, new ArrayList<>(started), "calls (s=send, S=sendSync, i=invoke) " + calls + "; " + replay);
  }

  @Test
  void everythingMainSendsToOneFrameArrivesInSendOrder() {
    IpcRenderer sub = openFrame(ipc);
    Frame subFrame = frameOf(sub);
    List<Integer> mainFrameGot = Collections.synchronizedList(new ArrayList<>());
    List<Integer> subFrameGot = Collections.synchronizedList(new ArrayList<>());
    ipc.on("seq", (event, args) -> mainFrameGot.add((Integer) args[0]));
    sub.on("seq", (event, args) -> subFrameGot.add((Integer) args[0]));

    for (int i = 0; i < 1000; i++) {
      switch (i % 3) {
        case 0:
          renderer.send("seq", i);
          break;
        case 1:
          renderer.sendToFrame(ipc.frameId(), "seq", i);
          break;
        default:
          renderer.mainFrame().send("seq", i);
      }
      if (i % 2 == 0) {
        subFrame.send("seq", i);
      } else {
        renderer.sendToFrame(sub.frameId(), "seq", i);
      }
    }
    syncWithFrame(renderer, ipc);
    syncWithFrame(renderer, sub);

    List<Integer> expected = IntStream.range(0, 1000).boxed().collect(Collectors.toList());
    assertEquals(expected, new ArrayList<>(mainFrameGot));
    assertEquals(expected, new ArrayList<>(subFrameGot));
  }
}
