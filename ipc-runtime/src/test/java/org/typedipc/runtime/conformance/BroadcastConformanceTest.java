package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.typedipc.runtime.testing.Waits.eventually;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;

/** {@code ipcMain.sendToAll}: every renderer's main frame, in renderer-id order, none keeping the others from it. */
@OverEveryTransport
class BroadcastConformanceTest extends IpcFixture {
  @Test
  void reachesEightRenderersEvenWithOneClosedAndOneFailingListener() {
    connection.close(); // the fixture's renderer: closed, so no longer among main's renderers
    List<String> heard = new CopyOnWriteArrayList<>();
    List<ConnectedRenderer> renderers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ConnectedRenderer r = startRenderer(main);
      int id = r.renderer().id();
      r.ipc().on("theme", (event, args) -> {
        heard.add(id + ":" + args[0]);
        if (id == renderers.get(3).renderer().id()) {
          throw new IllegalStateException("this listener fails; the others still hear");
        }
      });
      renderers.add(r);
    }
    renderers.get(5).connection().close();
    eventually(() -> main.renderers().size() == 7, "main dropped the closed renderer");

    main.sendToAll("theme", "dark");
    main.sendToAll(renderer -> renderer.id() % 2 == 0, "theme", "even");

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      if (i != 5) {
        expected.add(renderers.get(i).renderer().id() + ":dark");
      }
    }
    for (int i = 0; i < 8; i++) {
      int id = renderers.get(i).renderer().id();
      if (i != 5 && id % 2 == 0) {
        expected.add(id + ":even");
      }
    }
    eventually(() -> heard.size() == expected.size(), "every open renderer heard both broadcasts");
    assertEquals(expected.stream().sorted().toList(), heard.stream().sorted().toList());
  }

  @Test
  void argumentsThatCannotCrossTheWireSendNothing() {
    List<Object> heard = new CopyOnWriteArrayList<>();
    ipc.on("theme", (event, args) -> heard.add(args[0]));

    assertThrows(IpcValueException.class, () -> main.sendToAll("theme", new Object()));
    main.sendToAll("theme", "after");
    Fences.syncWithFrame(renderer, ipc);

    assertEquals(List.of("after"), heard);
  }
}
