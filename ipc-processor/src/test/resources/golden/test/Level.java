package test;

public enum Level {
  INFO,
  WARN
}
