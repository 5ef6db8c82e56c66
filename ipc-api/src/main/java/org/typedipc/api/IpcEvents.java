package org.typedipc.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a main → renderer contract: everything main calls on a renderer, as {@link IpcContract}
 * declares everything a renderer calls on main. Each abstract method is one channel:
 *
 * <ul>
 *   <li>a {@code void} method is an event that main sends (Electron's {@code webContents.send} or
 *       {@code event.reply}) and renderers listen to; {@link Event} names its channel;
 *   <li>a method returning {@code CompletableFuture<R>} or {@code CompletionStage<R>} is an invoke
 *       that main calls on one renderer frame and that renderer answers with a handler; {@link
 *       Invoke} names its channel. Checked exceptions it declares reach main's future as
 *       themselves.
 * </ul>
 *
 * Without a name the channel is {@code <interface simple name>:<method name>}. There is no {@code
 * SendSync} in this direction: main never blocks on a renderer, which may hang.
 *
 * <pre>{@code
 * @IpcEvents
 * public interface Worker {
 *   void progress(String task, int percent);   // event "Worker:progress"
 *
 *   @Event("jobs:done")
 *   void done(String task);
 *
 *   CompletableFuture<Integer> index(String path) throws BusyException;   // invoke "Worker:index"
 * }
 * }</pre>
 *
 * <p>The generated {@code WorkerIpc} gives main a {@code Worker} bound to a renderer's main frame
 * ({@code WorkerIpc.to(renderer)}, or {@code to(renderer, deadline)} for invokes with their own
 * deadline), to one frame ({@code WorkerIpc.to(frame)}) or to the frame that sent a message
 * ({@code WorkerIpc.replyTo(event)}). An interface without invokes also gets {@code
 * toAll(ipcMain)}, which sends each event to every renderer; a broadcast cannot return one answer,
 * so it is not generated once there are invokes. Renderers get typed {@code on}/{@code once}
 * listeners and {@code handle}/{@code handleOnce} handlers ({@code WorkerIpc.renderer(ipcRenderer)}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface IpcEvents {}
