package org.typedipc.blackbox.roundtrip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;
import static org.typedipc.blackbox.roundtrip.Values.rarelyNull;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainInvokeEvent;
import org.typedipc.runtime.testing.Generators;
import org.typedipc.runtime.testing.Property;
import org.typedipc.runtime.testing.PropertyExtension;
import org.typedipc.blackbox.roundtrip.Everything.Arrays;
import org.typedipc.blackbox.roundtrip.Everything.Boxes;
import org.typedipc.blackbox.roundtrip.Everything.Collections;
import org.typedipc.blackbox.roundtrip.Everything.Library;
import org.typedipc.blackbox.roundtrip.Everything.Scalars;
import org.typedipc.blackbox.roundtrip.Everything.Shape;
import org.typedipc.blackbox.roundtrip.Everything.Tree;
import org.typedipc.blackbox.roundtrip.Everything.Zoned;

/**
 * Values sent through the generated proxy to an echoing main and back: the whole typed path, in
 * process, passes through the codecs both ways and returns an equal value (arrays compared by
 * content). Values are seeded (see {@link Property} to rerun a failure with {@code -Dtypedipc.seed=}).
 */
@ExtendWith(PropertyExtension.class)
@Timeout(value = 60, threadMode = SEPARATE_THREAD)
class TypedIpcRoundTripTest {
  private static final int TRIES = 200;

  private static IpcMain ipcMain;
  private static Everything everything;

  /** Main answers every invoke with its argument. */
  static final class Echo implements EverythingIpc.Handler {
    @Override
    public CompletionStage<Scalars> scalars(IpcMainInvokeEvent event, Scalars value) {
      return CompletableFuture.completedFuture(value);
    }

    @Override
    public CompletionStage<Boxes> boxes(IpcMainInvokeEvent event, Boxes value) {
      return CompletableFuture.completedFuture(value);
    }

    @Override
    public CompletionStage<Library> library(IpcMainInvokeEvent event, Library value) {
      return CompletableFuture.completedFuture(value);
    }

    @Override
    public CompletionStage<Zoned> zoned(IpcMainInvokeEvent event, Zoned value) {
      return CompletableFuture.completedFuture(value);
    }

    @Override
    public CompletionStage<Arrays> arrays(IpcMainInvokeEvent event, Arrays value) {
      return CompletableFuture.completedFuture(value);
    }

    @Override
    public CompletionStage<Collections> collections(IpcMainInvokeEvent event, Collections value) {
      return CompletableFuture.completedFuture(value);
    }

    @Override
    public CompletionStage<Tree> tree(IpcMainInvokeEvent event, Tree value) {
      return CompletableFuture.completedFuture(value);
    }

    @Override
    public CompletionStage<Shape> shape(IpcMainInvokeEvent event, Shape value) {
      return CompletableFuture.completedFuture(value);
    }

    @Override
    public double sum(IpcMainEvent event, int a, long b, float c, Optional<Shape> shape) {
      return a + b + c + (shape.isPresent() ? 1 : 0);
    }
  }

  @BeforeAll
  static void start() {
    ipcMain = IpcMain.create();
    EverythingIpc.register(ipcMain, new Echo());
    everything = EverythingIpc.renderer(ipcMain.embedRenderer().ipcRenderer());
  }

  @AfterAll
  static void stop() {
    ipcMain.close();
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  private static <T> void echoes(Function<T, CompletableFuture<T>> call, T value) throws Exception {
    assertEquals(value, await(call.apply(value)));
  }

  @Test
  void scalarsBoxesAndLibraryTypesComeBackEqual(Property property) {
    property.forAll(TRIES, Values.scalars(), rarelyNull(Values.boxes()), (scalars, boxes) -> {
      echoes(everything::scalars, scalars);
      echoes(everything::boxes, boxes);
    });
    property.forAll(TRIES, rarelyNull(Values.library()), library -> echoes(everything::library, library));
    property.forAll(TRIES, rarelyNull(Values.zoned()), zoned -> echoes(everything::zoned, zoned));
  }

  @Test
  void arraysComeBackWithTheSameContent(Property property) {
    property.forAll(TRIES, rarelyNull(Values.arrays()), value -> {
      Arrays back = await(everything.arrays(value));
      if (value == null) {
        assertNull(back);
        return;
      }
      assertArrayEquals(value.bytes(), back.bytes());
      assertArrayEquals(value.z(), back.z());
      assertArrayEquals(value.s(), back.s());
      assertArrayEquals(value.c(), back.c());
      assertArrayEquals(value.i(), back.i());
      assertArrayEquals(value.l(), back.l());
      assertArrayEquals(value.f(), back.f());
      assertArrayEquals(value.d(), back.d());
      assertArrayEquals(value.strings(), back.strings());
      assertArrayEquals(value.grid(), back.grid());
      assertArrayEquals(value.shapes(), back.shapes());
    });
  }

  @Test
  void collectionsTreesAndShapesComeBackEqual(Property property) {
    property.forAll(TRIES, rarelyNull(Values.collections()), rarelyNull(Values.trees(4)), (collections, tree) -> {
      echoes(everything::collections, collections);
      echoes(everything::tree, tree);
    });
    property.forAll(TRIES, rarelyNull(Values.shapes()), shape -> echoes(everything::shape, shape));
  }

  @Test
  void deepestTreeWithinTheLimitComesBackEqual() throws Exception {
    echoes(everything::tree, Values.chain(31));
  }

  @Test
  void sendSyncWithPrimitiveArgumentsAnswersTheTypedValue(Property property) {
    var ints = Generators.ints();
    var longs = Generators.longs();
    var floats = Generators.floats();
    var shapes = Values.shapes().optional();
    property.forAll(TRIES, random -> new EverythingIpc.SumArgs(
        ints.next(random), longs.next(random), floats.next(random), shapes.next(random)), args -> {
      double expected = args.a() + args.b() + args.c() + (args.shape().isPresent() ? 1 : 0);
      assertEquals(expected, everything.sum(args.a(), args.b(), args.c(), args.shape()));
    });
  }
}
