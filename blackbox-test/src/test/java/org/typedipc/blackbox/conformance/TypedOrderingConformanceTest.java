package org.typedipc.blackbox.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;
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
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.ReplayableSeed;

/**
 * Call order through typed channels: what one frame sends starts in main in call order, and what
 * the typed senders send to one frame arrives in send order. The mixed calls are drawn from a
 * {@link ReplayableSeed}.
 */
// A thousand calls per test, many of them round trips: more than the usual ten seconds on a slow machine.
@OverEveryTransport
@Timeout(value = 30, threadMode = SEPARATE_THREAD)
class TypedOrderingConformanceTest extends TypedConformanceFixture {
  @RegisterExtension
  final ReplayableSeed.Recorder seeds = new ReplayableSeed.Recorder();

  @Test
  void aThousandTypedCallsMixingSendSendSyncAndInvokeStartInMainInCallOrder() {
    ReplayableSeed seed = seeds.draw(transport + " typed ordering");
    String replay = seed.toString();
    Random random = seed.random();
    List<Integer> started = Collections.synchronizedList(new ArrayList<>());
    global.onOrderSend((event, i) -> started.add(i));
    global.onOrderSync((event, i) -> {
      started.add(i);
      return i;
    });
    global.handleOrderInvoke((event, i) -> {
      started.add(i);
      return i;
    });

    List<CompletableFuture<Integer>> invokes = new ArrayList<>();
    StringBuilder kinds = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      switch (random.nextInt(3)) {
        case 0 -> {
          kinds.append('s');
          calls.orderSend(i);
        }
        case 1 -> {
          kinds.append('S');
          assertEquals(i, calls.orderSync(i), replay);
        }
        default -> {
          kinds.append('i');
          invokes.add(calls.orderInvoke(i));
        }
      }
    }
    for (CompletableFuture<Integer> call : invokes) {
      await(call);
    }
    syncWithMain(ipc);

    List<Integer> expected = IntStream.range(0, 1000).boxed().collect(Collectors.toList());
    assertEquals(expected, new ArrayList<>(started), "calls (s=send, S=sendSync, i=invoke) " + kinds + "; " + replay);
  }

  @Test
  void everythingMainSendsToOneFrameThroughTypedSendersArrivesInSendOrder() {
    IpcRenderer sub = openFrame(ipc);
    Frame subFrame = frameOf(sub);
    List<Integer> mainFrameGot = Collections.synchronizedList(new ArrayList<>());
    List<Integer> subFrameGot = Collections.synchronizedList(new ArrayList<>());
    ConformanceEventsIpc.renderer(ipc).onSeq((event, i) -> mainFrameGot.add(i));
    ConformanceEventsIpc.renderer(sub).onSeq((event, i) -> subFrameGot.add(i));
    ConformanceEvents toRenderer = ConformanceEventsIpc.to(renderer);
    ConformanceEvents toMainFrame = ConformanceEventsIpc.to(renderer.mainFrame());
    ConformanceEvents toSub = ConformanceEventsIpc.to(subFrame);

    for (int i = 0; i < 1000; i++) {
      (i % 2 == 0 ? toRenderer : toMainFrame).seq(i);
      toSub.seq(i);
    }
    syncWithFrame(ipc);
    syncWithFrame(sub);

    List<Integer> expected = IntStream.range(0, 1000).boxed().collect(Collectors.toList());
    assertEquals(expected, new ArrayList<>(mainFrameGot));
    assertEquals(expected, new ArrayList<>(subFrameGot));
  }
}
