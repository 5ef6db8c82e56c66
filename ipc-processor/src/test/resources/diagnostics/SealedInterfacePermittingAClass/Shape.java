package test;

public sealed interface Shape permits Shape.Circle, Shape.Blob {
  record Circle(double r) implements Shape {}
  final class Blob implements Shape {}
}
