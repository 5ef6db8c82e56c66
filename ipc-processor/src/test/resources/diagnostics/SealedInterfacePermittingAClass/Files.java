package test;

import org.typedipc.api.IpcContract;

@IpcContract
public interface Files {
  // ERROR: test.Shape.Blob at Shape[][0](Blob) is a permitted subtype of sealed Shape that is neither a record, an enum nor a sealed interface.
  void draw(Shape[] shapes);
}
