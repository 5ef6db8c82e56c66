package org.typedipc.blackbox.notes;

/** How loud a renderer's log line is. */
public enum LogLevel {
  DEBUG,
  INFO,
  WARN
}
