/**
 * Main's and each renderer's loop: one delivery at a time, on the thread that brings it when the
 * loop is idle, never nested; the daemon timer and delivery pool; the reader hand-off before a
 * reader thread blocks. Layer: uses the JDK alone.
 */
package org.typedipc.runtime.internal.loop;
