package org.typedipc.runtime.spi;

import java.util.Objects;
import java.util.function.Predicate;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainScope;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * The typed side of the runtime's objects, for generated companions: every {@link IpcRenderer},
 * {@link IpcMainScope}, {@link Renderer}, {@link Frame} and {@link IpcMainEvent} the runtime hands
 * out also speaks typed channels. The user API keeps to Electron's string methods.
 *
 * <pre>{@code
 * TypedRenderer typed = Typed.of(ipcRenderer);
 * CompletableFuture<FileContent> content = typed.invoke(FilesIpc.READ_CHANNEL, "notes.txt");
 * }</pre>
 */
public final class Typed {
  private Typed() {}

  /**
   * The typed calls of a renderer endpoint.
   *
   * @param ipcRenderer an endpoint the runtime handed out
   * @return the same object, as its typed side
   * @throws IllegalArgumentException if {@code ipcRenderer} is not the runtime's own
   */
  public static TypedRenderer of(IpcRenderer ipcRenderer) {
    if (ipcRenderer instanceof TypedRenderer typed) {
      return typed;
    }
    throw notFromTheRuntime(ipcRenderer, "IpcRenderer");
  }

  /**
   * The typed registrations of a main scope: {@code IpcMain}, {@code renderer.ipc()} or {@code frame.ipc()}.
   *
   * @param scope a scope the runtime handed out
   * @return the same object, as its typed side
   * @throws IllegalArgumentException if {@code scope} is not the runtime's own
   */
  public static TypedScope of(IpcMainScope scope) {
    if (scope instanceof TypedScope typed) {
      return typed;
    }
    throw notFromTheRuntime(scope, "IpcMainScope");
  }

  /**
   * Typed sends and invokes to a renderer's main frame.
   *
   * @param renderer a renderer the runtime handed out
   * @return the same object, as its typed side
   * @throws IllegalArgumentException if {@code renderer} is not the runtime's own
   */
  public static TypedTarget of(Renderer renderer) {
    if (renderer instanceof TypedTarget typed) {
      return typed;
    }
    throw notFromTheRuntime(renderer, "Renderer");
  }

  /**
   * Typed sends and invokes to one frame.
   *
   * @param frame a frame the runtime handed out
   * @return the same object, as its typed side
   * @throws IllegalArgumentException if {@code frame} is not the runtime's own
   */
  public static TypedTarget of(Frame frame) {
    if (frame instanceof TypedTarget typed) {
      return typed;
    }
    throw notFromTheRuntime(frame, "Frame");
  }

  /**
   * Typed sends to every renderer's main frame, in renderer-id order: a renderer that is closed or
   * fails is skipped without affecting the others.
   *
   * @param ipcMain the main whose renderers receive the messages
   * @return a sender that reaches the renderers connected at each send
   */
  public static TypedSender toAll(IpcMain ipcMain) {
    return toAll(ipcMain, renderer -> true);
  }

  /**
   * Typed sends to the main frame of every renderer that {@code which} accepts, in renderer-id
   * order: a renderer that is closed or fails is skipped without affecting the others.
   *
   * @param ipcMain the main whose renderers receive the messages
   * @param which chooses the renderers, tested at each send
   * @return a sender that reaches the chosen renderers connected at each send
   */
  public static TypedSender toAll(IpcMain ipcMain, Predicate<? super Renderer> which) {
    if (ipcMain == null) {
      throw new NullPointerException(ErrorMessages.nullRuntimeObject("IpcMain"));
    }
    return new Broadcast(ipcMain, Objects.requireNonNull(which, "which"));
  }

  /**
   * Typed events over a message port, in main or in a renderer.
   *
   * @param port a port the runtime created or delivered
   * @return the same object, as its typed side
   * @throws IllegalArgumentException if {@code port} is not the runtime's own
   */
  public static TypedPort of(MessagePort port) {
    if (port instanceof TypedPort typed) {
      return typed;
    }
    throw notFromTheRuntime(port, "MessagePort");
  }

  /**
   * The typed answers of a main-side event.
   *
   * @param event an event the runtime handed to a listener
   * @return the same object, as its typed side
   * @throws IllegalArgumentException if {@code event} is not the runtime's own
   */
  public static TypedEvent of(IpcMainEvent event) {
    if (event instanceof TypedEvent typed) {
      return typed;
    }
    throw notFromTheRuntime(event, "IpcMainEvent");
  }

  private static RuntimeException notFromTheRuntime(Object object, String apiType) {
    return object == null
        ? new NullPointerException(ErrorMessages.nullRuntimeObject(apiType))
        : new IllegalArgumentException(ErrorMessages.notARuntimeObject(apiType, object.getClass().getName()));
  }
}
