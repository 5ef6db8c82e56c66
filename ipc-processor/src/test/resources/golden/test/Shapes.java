package test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;

@IpcContract
public interface Shapes {
  CompletableFuture<Drawing> draw(Drawing drawing, Map<String, Optional<Shape>> named);

  sealed interface Shape permits Shape.Circle, Shape.Group, Color {
    record Circle(double radius) implements Shape {}

    record Group(List<Shape> members) implements Shape {
      public Group {
        members = List.copyOf(members);
      }
    }
  }

  enum Color implements Shape {
    RED,
    GREEN
  }

  record Drawing(String title, Shape[] shapes, Optional<Drawing> previous) {}
}
