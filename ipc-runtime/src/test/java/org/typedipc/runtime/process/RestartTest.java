package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.RestartPolicy;

/** A launched renderer that crashes is relaunched with back-off, and main gives up at the limit. */
@Timeout(180)
class RestartTest {
  private static final Duration FIRST_DELAY = Duration.ofMillis(300);

  @TempDir
  Path temp;
  private IpcMain main;
  private final List<Long> createdAt = new CopyOnWriteArrayList<>();
  private final List<Integer> createdIds = new CopyOnWriteArrayList<>();
  private final List<Long> goneAt = new CopyOnWriteArrayList<>();
  private final List<RendererGone> gone = new CopyOnWriteArrayList<>();

  @BeforeEach
  void createMain() {
    main = IpcMain.create();
    main.onRendererCreated(renderer -> {
      createdAt.add(System.nanoTime());
      createdIds.add(renderer.id());
    });
    main.onRendererGone((renderer, why) -> {
      goneAt.add(System.nanoTime());
      gone.add(why);
    });
  }

  @AfterEach
  void closeMain() {
    main.close();
  }

  private RendererLaunch crashing(int crashes, RestartPolicy policy) {
    return RendererLaunch.mainClass(CrashingRenderer.class.getName())
        .withArgs(temp.resolve("runs").toString(), Integer.toString(crashes))
        .withErrorOutput(temp.resolve("renderer-errors.txt"))
        .withRestart(policy);
  }

  @Test
  void aRendererThatCrashesThreeTimesIsRelaunchedWithGrowingBackOffAndThenStaysUp() throws Exception {
    CompletableFuture<Object> up = new CompletableFuture<>();
    main.once("up", (event, args) -> up.complete(args[0]));
    RestartPolicy policy = RestartPolicy.onAbnormalExit().maxRestarts(3).within(Duration.ofMinutes(1))
        .backoff(FIRST_DELAY, Duration.ofSeconds(5));

    Renderer first = main.launch(crashing(3, policy)).get(60, TimeUnit.SECONDS);

    assertEquals(4, up.get(120, TimeUnit.SECONDS), "the fourth run stays up");
    assertEquals(createdIds.get(0), first.id(), "the launch's future gave the first renderer");
    assertEquals(4, createdAt.size(), "three relaunches, each a new renderer");
    assertEquals(3, gone.size());
    for (int crash = 0; crash < 3; crash++) {
      assertEquals(RendererGone.Reason.ABNORMAL_EXIT, gone.get(crash).reason(), gone.get(crash).detail());
      assertEquals(OptionalInt.of(CrashingRenderer.CRASH_CODE), gone.get(crash).exitCode());
      long waited = TimeUnit.NANOSECONDS.toMillis(createdAt.get(crash + 1) - goneAt.get(crash));
      long backOff = FIRST_DELAY.toMillis() << crash;
      assertTrue(waited >= backOff, "relaunch " + (crash + 1) + " came " + waited + " ms after the crash, before its "
          + backOff + " ms back-off");
    }
    assertEquals(List.of(createdIds.get(3)), main.renderers().stream().map(Renderer::id).toList());
  }

  @Test
  void withTwoRestartsAllowedMainGivesUpAfterTheThirdCrash() throws Exception {
    CompletableFuture<RendererGone> gaveUp = new CompletableFuture<>();
    RestartPolicy policy = RestartPolicy.onAbnormalExit().maxRestarts(2).within(Duration.ofMinutes(1))
        .backoff(Duration.ofMillis(50), Duration.ofMillis(100))
        .onGiveUp(gaveUp::complete);

    main.launch(crashing(100, policy)).get(60, TimeUnit.SECONDS);

    RendererGone last = gaveUp.get(120, TimeUnit.SECONDS);
    assertEquals(RendererGone.Reason.ABNORMAL_EXIT, last.reason());
    assertEquals(OptionalInt.of(CrashingRenderer.CRASH_CODE), last.exitCode());
    assertEquals(3, createdAt.size(), "the first run and two relaunches");
    assertEquals(3, gone.size());
    assertTrue(main.renderers().isEmpty());
  }
}
