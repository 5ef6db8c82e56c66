package test;

import java.util.List;

public record Config(String name, List<Plugin> plugins) {
  public record Plugin(String id, Thread handle) {}
}
