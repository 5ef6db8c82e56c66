package test;

public class BusyException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int queued;

  public BusyException(int queued) {
    super(queued + " jobs queued");
    this.queued = queued;
  }

  public int queued() {
    return queued;
  }
}
