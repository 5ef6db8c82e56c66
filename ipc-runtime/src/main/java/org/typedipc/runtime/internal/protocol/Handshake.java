package org.typedipc.runtime.internal.protocol;

import java.io.EOFException;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.typedipc.runtime.ContractDescriptor;
import org.typedipc.runtime.IpcAccessDeniedException;
import org.typedipc.runtime.IpcContractMismatchException;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/**
 * The handshake: the renderer sends HELLO (its secret, process id and contract fingerprints), main
 * answers WELCOME (the renderer's id) or REJECT (why), each after its preamble.
 */
public final class Handshake {
  public static final int REJECT_ACCESS_DENIED = 1;
  public static final int REJECT_CONTRACT_MISMATCH = 2;
  public static final int REJECT_UNAVAILABLE = 3;

  private static final int MAX_CONTRACTS = 4096;

  private Handshake() {}

  /** What a renderer says in HELLO. */
  public record Hello(int version, byte[] secret, long processId, List<ContractDescriptor> contracts, int mainFrameId) {}

  /** What main says in WELCOME. */
  public record Welcome(int rendererId, long mainProcessId) {}

  public static void writeHello(PacketWriter writer, byte[] secret, long processId, List<ContractDescriptor> contracts, int mainFrameId)
      throws IOException {
    writer.writePreamble();
    WireWriter header = new WireWriter(128);
    header.writeBytes(secret).writeLong(processId).writeLength(contracts.size());
    for (ContractDescriptor contract : contracts) {
      header.writeString(contract.name()).writeString(contract.fingerprint());
    }
    header.writeLength(mainFrameId);
    writer.write(PacketType.HELLO, header, null);
  }

  public static Hello readHello(PacketReader reader) throws IOException {
    int version = reader.readPreamble();
    Packet packet = requirePacket(reader, "HELLO");
    if (packet.type != PacketType.HELLO) {
      throw new IpcProtocolException(ErrorMessages.unexpectedHandshakePacket("HELLO", packet.type));
    }
    WireReader header = packet.header;
    byte[] secret = header.readBytes();
    long processId = header.readLong();
    int count = header.readCount(2);
    if (count > MAX_CONTRACTS) {
      throw new IpcProtocolException(ErrorMessages.tooManyContracts(count));
    }
    List<ContractDescriptor> contracts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      contracts.add(new ContractDescriptor(header.readString(), header.readString()));
    }
    if (version != Protocol.VERSION) {
      return new Hello(version, secret, processId, contracts, 0); // refused for its version, whatever follows
    }
    int mainFrameId = header.readLength();
    if (mainFrameId < 1) {
      throw new IpcProtocolException(ErrorMessages.malformedFrameOpened(mainFrameId, 0));
    }
    header.requireFullyRead();
    return new Hello(version, secret, processId, contracts, mainFrameId);
  }

  public static void writeWelcome(PacketWriter writer, int rendererId, long mainProcessId) throws IOException {
    writer.writePreamble();
    WireWriter header = new WireWriter(16);
    header.writeInt(rendererId).writeLong(mainProcessId);
    writer.write(PacketType.WELCOME, header, null);
  }

  public static void writeReject(PacketWriter writer, int code, String reason) throws IOException {
    writer.writePreamble();
    WireWriter header = new WireWriter(64 + reason.length() * 3);
    header.writeByte(code).writeString(reason);
    writer.write(PacketType.REJECT, header, null);
  }

  /** Reads main's answer; a REJECT becomes the exception it names. */
  public static Welcome readWelcome(PacketReader reader) throws IOException {
    int version = reader.readPreamble();
    if (version != Protocol.VERSION) {
      throw new IpcContractMismatchException(ErrorMessages.mainSpeaksOtherVersion(version, Protocol.VERSION));
    }
    Packet packet = requirePacket(reader, "WELCOME");
    WireReader header = packet.header;
    if (packet.type == PacketType.REJECT) {
      int code = header.readByte();
      String reason = header.readString();
      switch (code) {
        case REJECT_ACCESS_DENIED:
          throw new IpcAccessDeniedException(ErrorMessages.mainRefused(reason));
        case REJECT_CONTRACT_MISMATCH:
          throw new IpcContractMismatchException(ErrorMessages.mainRefused(reason));
        default:
          throw new IpcException(ErrorMessages.mainRefused(reason));
      }
    }
    if (packet.type != PacketType.WELCOME) {
      throw new IpcProtocolException(ErrorMessages.unexpectedHandshakePacket("WELCOME", packet.type));
    }
    Welcome welcome = new Welcome(header.readInt(), header.readLong());
    header.requireFullyRead();
    return welcome;
  }

  /** Compares in time independent of where the arrays differ. */
  public static boolean secretsMatch(byte[] expected, byte[] presented) {
    return MessageDigest.isEqual(expected, presented);
  }

  /**
   * Explains how the renderer's contracts differ from main's, naming both fingerprints; null if
   * every contract both sides know has the same fingerprint.
   */
  public static String contractMismatch(Map<String, String> mainContracts, List<ContractDescriptor> rendererContracts) {
    StringBuilder problems = new StringBuilder();
    for (ContractDescriptor contract : rendererContracts) {
      String mainFingerprint = mainContracts.get(contract.name());
      if (mainFingerprint != null && !mainFingerprint.equals(contract.fingerprint())) {
        problems.append(problems.length() == 0 ? "" : "; ")
            .append(ErrorMessages.contractDiffers(contract.name(), mainFingerprint, contract.fingerprint()));
      }
    }
    return problems.length() == 0
        ? null
        : ErrorMessages.contractsDiffer(problems.toString());
  }

  private static Packet requirePacket(PacketReader reader, String expected) throws IOException {
    Packet packet = reader.read();
    if (packet == null) {
      throw new EOFException(ErrorMessages.closedBeforeHandshake(expected));
    }
    return packet;
  }
}
