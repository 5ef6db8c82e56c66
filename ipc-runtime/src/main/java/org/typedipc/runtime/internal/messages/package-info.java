/**
 * The message catalogue: every text the runtime reports, and the argument checks that fail with
 * them. Layer: the bottom; it uses the JDK alone, so every other package may use it.
 */
package org.typedipc.runtime.internal.messages;
