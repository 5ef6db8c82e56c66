package org.typedipc.runtime.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;

/**
 * Sends one event to the main frame of every matching renderer, in renderer-id order. A renderer
 * that closed meanwhile is skipped; one that fails otherwise is logged and skipped, so that no
 * renderer keeps the others from the message.
 */
final class Broadcast implements TypedSender {
  private static final System.Logger LOG = Loggers.MAIN;
  private static final Comparator<Renderer> BY_ID = Comparator.comparingInt(Renderer::id);

  private final IpcMain ipcMain;
  private final Predicate<? super Renderer> which;

  Broadcast(IpcMain ipcMain, Predicate<? super Renderer> which) {
    this.ipcMain = ipcMain;
    this.which = which;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IpcValueException if the arguments cannot cross the wire: they fail alike for every
   *     renderer, so the first refuses them before anything is sent
   */
  @Override
  public <A> void send(Channel<A, ?> channel, A args) {
    List<Renderer> targets = new ArrayList<>();
    for (Renderer renderer : ipcMain.renderers()) {
      if (which.test(renderer)) {
        targets.add(renderer);
      }
    }
    targets.sort(BY_ID);
    boolean sentAny = false;
    for (Renderer renderer : targets) {
      try {
        Typed.of(renderer).send(channel, args);
        sentAny = true;
      } catch (IpcValueException e) {
        if (!sentAny) {
          throw e;
        }
        LOG.log(System.Logger.Level.ERROR, ErrorMessages.broadcastFailedLog(channel.name(), renderer.id()), e);
      } catch (IpcDisconnectedException e) {
        // closed since the list was taken: it no longer counts among the renderers
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, ErrorMessages.broadcastFailedLog(channel.name(), renderer.id()), e);
      }
    }
  }
}
