package org.typedipc.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a main → renderer contract: each abstract method is one event channel that main sends
 * (Electron's {@code webContents.send} or {@code event.reply}) and renderers listen to. Every
 * method returns {@code void}; its channel is named by {@link Event} or, without it, {@code
 * <interface simple name>:<method name>}.
 *
 * <pre>{@code
 * @IpcEvents
 * public interface Progress {
 *   void progress(String task, int percent);   // channel "Progress:progress"
 *
 *   @Event("jobs:done")
 *   void done(String task);
 * }
 * }</pre>
 *
 * <p>The generated {@code ProgressIpc} gives main a {@code Progress} bound to a renderer's main
 * frame ({@code ProgressIpc.to(renderer)}), to one frame ({@code ProgressIpc.to(frame)}) or to the
 * frame that sent a message ({@code ProgressIpc.replyTo(event)}), and gives renderers typed {@code
 * on}/{@code once} listeners ({@code ProgressIpc.renderer(ipcRenderer)}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface IpcEvents {}
