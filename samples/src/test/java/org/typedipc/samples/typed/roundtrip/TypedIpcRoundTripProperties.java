package org.typedipc.samples.typed.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainInvokeEvent;
import org.typedipc.samples.typed.roundtrip.Everything.Arrays;
import org.typedipc.samples.typed.roundtrip.Everything.Boxes;
import org.typedipc.samples.typed.roundtrip.Everything.Collections;
import org.typedipc.samples.typed.roundtrip.Everything.Library;
import org.typedipc.samples.typed.roundtrip.Everything.Scalars;
import org.typedipc.samples.typed.roundtrip.Everything.Shape;
import org.typedipc.samples.typed.roundtrip.Everything.Tree;

/**
 * Values sent through the generated proxy to an echoing main and back: the whole typed path, in
 * process, passes through the codecs both ways and returns an equal value.
 */
class TypedIpcRoundTripProperties {
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

  @BeforeContainer
  static void start() {
    ipcMain = IpcMain.create();
    EverythingIpc.register(ipcMain, new Echo());
    everything = EverythingIpc.renderer(ipcMain.embedRenderer().ipcRenderer());
  }

  @AfterContainer
  static void stop() {
    ipcMain.close();
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  @Property(tries = 100)
  void scalarsBoxesAndLibraryTypesComeBackEqual(
      @ForAll("scalars") Scalars scalars, @ForAll("boxes") Boxes boxes, @ForAll("library") Library library) throws Exception {
    assertEquals(scalars, await(everything.scalars(scalars)));
    assertEquals(boxes, await(everything.boxes(boxes)));
    assertEquals(library, await(everything.library(library)));
  }

  @Property(tries = 100)
  void collectionsTreesAndShapesComeBackEqual(
      @ForAll("collections") Collections collections, @ForAll("trees") Tree tree, @ForAll("shapes") Shape shape) throws Exception {
    assertEquals(collections, await(everything.collections(collections)));
    assertEquals(tree, await(everything.tree(tree)));
    assertEquals(shape, await(everything.shape(shape)));
  }

  @Property(tries = 100)
  void sendSyncWithPrimitiveArgumentsAnswersTheTypedValue(
      @ForAll int a, @ForAll long b, @ForAll float c, @ForAll("optionalShapes") Optional<Shape> shape) {
    assertEquals(a + b + c + (shape.isPresent() ? 1 : 0), everything.sum(a, b, c, shape));
  }

  @Provide
  Arbitrary<Scalars> scalars() {
    return Values.scalars();
  }

  @Provide
  Arbitrary<Boxes> boxes() {
    return Values.boxes().injectNull(0.05);
  }

  @Provide
  Arbitrary<Library> library() {
    return Values.library().injectNull(0.05);
  }

  @Provide
  Arbitrary<Collections> collections() {
    return Values.collections().injectNull(0.05);
  }

  @Provide
  Arbitrary<Tree> trees() {
    return Values.trees(4).injectNull(0.05);
  }

  @Provide
  Arbitrary<Shape> shapes() {
    return Values.shapes().injectNull(0.05);
  }

  @Provide
  Arbitrary<Optional<Shape>> optionalShapes() {
    return Values.shapes().optional();
  }
}
