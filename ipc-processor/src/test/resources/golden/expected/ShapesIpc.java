package test;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;
import org.typedipc.api.ChannelDescriptor;
import org.typedipc.api.IpcGenerated;
import org.typedipc.runtime.ContractDescriptor;
import org.typedipc.runtime.IpcMainInvokeEvent;
import org.typedipc.runtime.IpcMainScope;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.ChannelHandler;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.spi.TypedRenderer;
import org.typedipc.runtime.spi.TypedScope;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/**
 * Typed IPC for {@link Shapes}, generated from the contract.
 *
 * <p>A renderer calls main through {@link #renderer(IpcRenderer)}; main serves the channels with
 * {@link #main(IpcMainScope)} or {@link #register(IpcMainScope, Handler)}.
 */
@IpcGenerated("test.Shapes")
@Generated("org.typedipc.processor.IpcProcessor")
public final class ShapesIpc {
  /**
   * The channel name of {@link Shapes#draw}.
   */
  public static final String DRAW = "Shapes:draw";

  /**
   * The typed channel of {@link Shapes#draw}.
   */
  public static final Channel<DrawArgs, Shapes.Drawing> DRAW_CHANNEL = Channel.invoke(DRAW, Wire.DRAW_ARGS_CODEC, Wire.SHAPES_DRAWING);

  /**
   * Every channel with its canonical signature and that signature's fingerprint, in declaration order.
   */
  public static final List<ChannelDescriptor> CHANNELS = List.of(
      new ChannelDescriptor(DRAW, "INVOKE",
          "INVOKE Shapes:draw(test.Shapes.Drawing,java.util.Map<java.lang.String,java.util.Optional<test.Shapes.Shape>>)->test.Shapes.Drawing;test.Shapes.Drawing=record(title:java.lang.String,shapes:test.Shapes.Shape[],previous:java.util.Optional<test.Shapes.Drawing>);test.Shapes.Shape=sealed(test.Shapes.Shape.Circle,test.Shapes.Shape.Group,test.Shapes.Color);test.Shapes.Shape.Circle=record(radius:double);test.Shapes.Shape.Group=record(members:java.util.List<test.Shapes.Shape>);test.Shapes.Color=enum(RED,GREEN)",
          "a2fa00a0b9344d22efa7dab55aef828e43c78bbeeff0b61b6f8c7355f8e6c34b"));

  /**
   * The contract as the cross-process handshake compares it: its fingerprint covers every channel's
   * name, kind and types (the SHA-256 of the {@link #CHANNELS} signatures, one per line).
   */
  public static final ContractDescriptor DESCRIPTOR = new ContractDescriptor("test.Shapes",
      "d91f619c7d233c02b442ccb4361b585dc8d1002a93b01df5db7270b65e00fa06");

  private ShapesIpc() {
  }

  /**
   * A {@link Shapes} whose calls go over IPC from this renderer frame to main.
   *
   * @param ipcRenderer the renderer frame the calls come from
   * @return the proxy
   */
  public static Shapes renderer(IpcRenderer ipcRenderer) {
    return new RendererProxy(Objects.requireNonNull(ipcRenderer, "ipcRenderer"));
  }

  /**
   * Typed listeners and handlers of {@link Shapes} on {@code scope}: the global {@code IpcMain}, a
   * renderer's {@code ipc()} or a frame's {@code ipc()}.
   *
   * @param scope the scope to register on
   * @return the registrar
   */
  public static Registrar main(IpcMainScope scope) {
    return new Registrar(Objects.requireNonNull(scope, "scope"));
  }

  /**
   * Registers every method of {@code handler} on {@code scope}; closing the result removes them all.
   *
   * @param scope the scope to register on
   * @param handler the implementation whose methods serve the channels
   * @return one registration of them all
   */
  public static Registration register(IpcMainScope scope, Handler handler) {
    return main(scope).register(handler);
  }

  private static void closeAll(Registration[] registrations) {
    for (int i = registrations.length - 1; i >= 0; i--) {
      if (registrations[i] != null) {
        registrations[i].close();
      }
    }
  }

  /**
   * Serves every channel of {@link Shapes} in main: the event first, then the arguments.
   */
  public interface Handler {
    /**
     * Answers a call of {@link Shapes#draw}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param drawing the call's {@code drawing} argument
     * @param named the call's {@code named} argument
     * @return a stage that completes with the answer
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    CompletionStage<Shapes.Drawing> draw(IpcMainInvokeEvent event, Shapes.Drawing drawing,
        Map<String, Optional<Shapes.Shape>> named) throws Exception;
  }

  /**
   * Answers {@link Shapes#draw} with a {@code Shapes.Drawing}, or, for the {@code Async} registrations, a
   * {@code CompletionStage} of one.
   *
   * @param <R> what the handler returns
   */
  @FunctionalInterface
  public interface DrawHandler<R> extends ChannelHandler<DrawArgs, Shapes.Drawing> {
    /**
     * Answers a call of {@link Shapes#draw}.
     *
     * @param event the message's event: its sender, and how to reply
     * @param drawing the call's {@code drawing} argument
     * @param named the call's {@code named} argument
     * @return the answer: the result itself, or for the {@code Async} registrations a stage of it
     * @throws Exception to fail the call: an exception the contract declares reaches the caller as
     *     itself, any other as a remote error
     */
    R draw(IpcMainInvokeEvent event, Shapes.Drawing drawing,
        Map<String, Optional<Shapes.Shape>> named) throws Exception;

    @Override
    default Object handle(IpcMainInvokeEvent event, DrawArgs args) throws Exception {
      return this.draw(event, args.drawing(), args.named());
    }
  }

  /**
   * The arguments of {@link Shapes#draw} as one value.
   */
  public record DrawArgs(Shapes.Drawing drawing, Map<String, Optional<Shapes.Shape>> named) {
  }

  /**
   * Typed listeners and handlers of {@link Shapes} on one main-side scope. Each registration's
   * {@code close()} removes exactly that registration; {@code scope.removeHandler(NAME)} and
   * {@code scope.removeAllListeners(NAME)} remove by the channel's name constant.
   */
  public static final class Registrar {
    private final TypedScope typed;

    private Registrar(IpcMainScope scope) {
      this.typed = Typed.of(scope);
    }

    /**
     * Sets the handler of {@link Shapes#draw}; fails if this scope already has one.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleDraw(DrawHandler<Shapes.Drawing> handler) {
      return typed.handle(DRAW_CHANNEL, handler);
    }

    /**
     * Sets the handler of {@link Shapes#draw} that answers with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleDrawAsync(
        DrawHandler<? extends CompletionStage<Shapes.Drawing>> handler) {
      return typed.handle(DRAW_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Shapes#draw} that answers one invoke.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceDraw(DrawHandler<Shapes.Drawing> handler) {
      return typed.handleOnce(DRAW_CHANNEL, handler);
    }

    /**
     * Sets a handler of {@link Shapes#draw} that answers one invoke with a {@code CompletionStage}.
     *
     * @param handler what to call for each message
     * @return the registration, whose {@code close()} removes it
     */
    public Registration handleOnceDrawAsync(
        DrawHandler<? extends CompletionStage<Shapes.Drawing>> handler) {
      return typed.handleOnce(DRAW_CHANNEL, handler);
    }

    /**
     * Registers every method of {@code handler}; closing the result removes them all. If one
     * registration fails, those made before it are removed.
     *
     * @param handler the implementation whose methods serve the channels
     * @return one registration of them all
     */
    public Registration register(Handler handler) {
      Objects.requireNonNull(handler, "handler");
      Registration[] registrations = new Registration[1];
      try {
        registrations[0] = handleDrawAsync(handler::draw);
      } catch (RuntimeException | Error e) {
        closeAll(registrations);
        throw e;
      }
      return () -> closeAll(registrations);
    }
  }

  private static final class RendererProxy implements Shapes {
    private final TypedRenderer ipcRenderer;

    RendererProxy(IpcRenderer ipcRenderer) {
      this.ipcRenderer = Typed.of(ipcRenderer);
    }

    @Override
    public CompletableFuture<Shapes.Drawing> draw(Shapes.Drawing drawing,
        Map<String, Optional<Shapes.Shape>> named) {
      return this.ipcRenderer.invoke(DRAW_CHANNEL, new DrawArgs(drawing, named));
    }
  }

  /**
   * The codecs, each built once: those of records, sealed interfaces and argument lists, made of
   * the methods below, then the composed ones, children before their parents.
   */
  private static final class Wire {
    static final Codec<Shapes.Shape.Circle> SHAPES_SHAPE_CIRCLE_CODEC = Codecs.of(Wire::encodeShapesShapeCircle, Wire::decodeShapesShapeCircle);

    static final Codec<Shapes.Shape.Group> SHAPES_SHAPE_GROUP_CODEC = Codecs.of(Wire::encodeShapesShapeGroup, Wire::decodeShapesShapeGroup);

    static final Codec<Shapes.Shape> SHAPES_SHAPE_CODEC = Codecs.of(Wire::encodeShapesShape, Wire::decodeShapesShape);

    static final Codec<Shapes.Drawing> SHAPES_DRAWING_CODEC = Codecs.of(Wire::encodeShapesDrawing, Wire::decodeShapesDrawing);

    static final Codec<DrawArgs> DRAW_ARGS_CODEC = Codecs.of(Wire::encodeDrawArgs, Wire::decodeDrawArgs);

    static final Codec<Shapes.Drawing> SHAPES_DRAWING = Codecs.nullable(Wire.SHAPES_DRAWING_CODEC);

    static final Codec<String> STRING = Codecs.nullable(Codecs.STRING);

    static final Codec<Optional<Shapes.Shape>> OPTIONAL_OF_SHAPES_SHAPE = Codecs.nullable(Codecs.optional(Wire.SHAPES_SHAPE_CODEC));

    static final Codec<Map<String, Optional<Shapes.Shape>>> MAP_OF_STRING_TO_OPTIONAL_OF_SHAPES_SHAPE = Codecs.nullable(Codecs.map(Wire.STRING, Wire.OPTIONAL_OF_SHAPES_SHAPE));

    static final Codec<Shapes.Shape> SHAPES_SHAPE = Codecs.nullable(Wire.SHAPES_SHAPE_CODEC);

    static final Codec<List<Shapes.Shape>> LIST_OF_SHAPES_SHAPE = Codecs.nullable(Codecs.list(Wire.SHAPES_SHAPE));

    static final Codec<Shapes.Color> SHAPES_COLOR_NON_NULL = Codecs.enumeration(Shapes.Color.values());

    static final Codec<Shapes.Shape[]> ARRAY_OF_SHAPES_SHAPE = Codecs.nullable(Codecs.array(Wire.SHAPES_SHAPE, Shapes.Shape[]::new));

    static final Codec<Optional<Shapes.Drawing>> OPTIONAL_OF_SHAPES_DRAWING = Codecs.nullable(Codecs.optional(Wire.SHAPES_DRAWING_CODEC));

    private Wire() {
    }

    private static void encodeShapesShapeCircle(WireWriter out, Shapes.Shape.Circle value) {
      out.enter("Circle");
      out.writeDouble(value.radius());
      out.exit();
    }

    private static Shapes.Shape.Circle decodeShapesShapeCircle(WireReader in) {
      in.enter();
      double radius = in.readDouble();
      in.exit();
      return new Shapes.Shape.Circle(radius);
    }

    private static void encodeShapesShapeGroup(WireWriter out, Shapes.Shape.Group value) {
      out.enter("Group");
      Wire.LIST_OF_SHAPES_SHAPE.encode(out, value.members());
      out.exit();
    }

    private static Shapes.Shape.Group decodeShapesShapeGroup(WireReader in) {
      in.enter();
      List<Shapes.Shape> members = Wire.LIST_OF_SHAPES_SHAPE.decode(in);
      in.exit();
      try {
        return new Shapes.Shape.Group(members);
      } catch (RuntimeException rejected) {
        throw in.malformed("a Group its constructor rejects: " + rejected);
      }
    }

    private static void encodeShapesShape(WireWriter out, Shapes.Shape value) {
      if (value instanceof Shapes.Shape.Circle variant) {
        out.writeLength(0);
        Wire.SHAPES_SHAPE_CIRCLE_CODEC.encode(out, variant);
      } else if (value instanceof Shapes.Shape.Group variant) {
        out.writeLength(1);
        Wire.SHAPES_SHAPE_GROUP_CODEC.encode(out, variant);
      } else if (value instanceof Shapes.Color variant) {
        out.writeLength(2);
        Wire.SHAPES_COLOR_NON_NULL.encode(out, variant);
      } else {
        throw new IpcValueException("A Shape cannot be " + value.getClass().getName() + ": it was not a permitted subtype when the contract was compiled. Recompile the contract.");
      }
    }

    private static Shapes.Shape decodeShapesShape(WireReader in) {
      int tag = in.readLength();
      switch (tag) {
        case 0: return Wire.SHAPES_SHAPE_CIRCLE_CODEC.decode(in);
        case 1: return Wire.SHAPES_SHAPE_GROUP_CODEC.decode(in);
        case 2: return Wire.SHAPES_COLOR_NON_NULL.decode(in);
        default: throw in.malformed("a Shape variant tag of " + tag + " (expected 0 to 2)");
      }
    }

    private static void encodeShapesDrawing(WireWriter out, Shapes.Drawing value) {
      out.enter("Drawing");
      Wire.STRING.encode(out, value.title());
      Wire.ARRAY_OF_SHAPES_SHAPE.encode(out, value.shapes());
      Wire.OPTIONAL_OF_SHAPES_DRAWING.encode(out, value.previous());
      out.exit();
    }

    private static Shapes.Drawing decodeShapesDrawing(WireReader in) {
      in.enter();
      String title = Wire.STRING.decode(in);
      Shapes.Shape[] shapes = Wire.ARRAY_OF_SHAPES_SHAPE.decode(in);
      Optional<Shapes.Drawing> previous = Wire.OPTIONAL_OF_SHAPES_DRAWING.decode(in);
      in.exit();
      return new Shapes.Drawing(title, shapes, previous);
    }

    private static void encodeDrawArgs(WireWriter out, DrawArgs value) {
      Wire.SHAPES_DRAWING.encode(out, value.drawing());
      Wire.MAP_OF_STRING_TO_OPTIONAL_OF_SHAPES_SHAPE.encode(out, value.named());
    }

    private static DrawArgs decodeDrawArgs(WireReader in) {
      Shapes.Drawing drawing = Wire.SHAPES_DRAWING.decode(in);
      Map<String, Optional<Shapes.Shape>> named = Wire.MAP_OF_STRING_TO_OPTIONAL_OF_SHAPES_SHAPE.decode(in);
      return new DrawArgs(drawing, named);
    }
  }
}
