package org.typedipc.runtime.spi;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Currency;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/** Values that travel as their text: URIs, paths and currencies. */
final class TextCodecs {
  static final Codec<URI> URI = new TextCodec<>("URI", 1, java.net.URI::toString, URI::new);
  static final Codec<Path> PATH = new TextCodec<>("Path", 1, TextCodecs::pathText, Path::of);
  static final Codec<Currency> CURRENCY =
      new TextCodec<>("Currency", 4, Currency::getCurrencyCode, Currency::getInstance);

  private TextCodecs() {}

  /** A path of the default file system as its string; another file system's path cannot be read. */
  private static String pathText(Path path) {
    FileSystem fileSystem = path.getFileSystem();
    if (fileSystem != FileSystems.getDefault()) {
      throw new IpcValueException(ErrorMessages.pathOfOtherFileSystem(fileSystem.toString()));
    }
    return path.toString();
  }
}
