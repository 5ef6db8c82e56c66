package other;

public class Base {
  protected static class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    public Refused() {}
  }
}
