package org.typedipc.samples.typed;

/** How loud a renderer's log line is. */
public enum LogLevel {
  DEBUG,
  INFO,
  WARN
}
