/**
 * Main's and each renderer's loop: one delivery at a time, on the thread that brings it when the
 * loop is idle, never nested, a reader running at most a slice of it; the turns renderers take on
 * main's loop; the byte budgets that bound what is queued in each direction; the daemon timer and
 * delivery pool; the reader hand-off before a reader thread blocks. Layer: uses the JDK alone.
 */
package org.typedipc.runtime.internal.loop;
