package test;

import java.util.Optional;
import org.typedipc.api.IpcContract;

@IpcContract
public interface Files {
  // ERROR: test.Shape at Optional.get() is an interface that is not sealed.
  void draw(Optional<Shape> shape);
}
