package org.typedipc.blackbox.custom;

/** A colour of three 8-bit channels; its declared codec packs it into 3 bytes. */
public record Rgb(int red, int green, int blue) {
  /** Checks each channel. */
  public Rgb {
    if ((red | green | blue) >>> 8 != 0) {
      throw new IllegalArgumentException("each channel is 0 to 255: " + red + ", " + green + ", " + blue);
    }
  }
}
