package org.typedipc.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets only a renderer's main frame, never an embedded subframe, call this method of an {@link
 * IpcContract}: main refuses a call from a subframe before its listener or handler runs, and the
 * caller fails with {@code IpcAccessDeniedException} naming the channel and the frame — Electron's
 * "validate the sender" advice, declared on the contract.
 *
 * <pre>{@code
 * @MainFrameOnly
 * @Invoke("settings:write")
 * CompletableFuture<Void> write(Settings settings);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface MainFrameOnly {}
