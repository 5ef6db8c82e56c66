package org.typedipc.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the companion's public constants: each channel's name and typed channel, then {@code
 * CHANNELS} and {@code DESCRIPTOR}, which the cross-process handshake compares.
 */
final class ChannelFieldsWriter {
  private final Companion companion;
  private final CodecWriter codecs;

  ChannelFieldsWriter(Companion companion, CodecWriter codecs) {
    this.companion = companion;
    this.codecs = codecs;
  }

  /** Every constant, in the order the companion declares them. */
  List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    for (ChannelModel channel : companion.channels()) {
      fields.add(nameField(channel));
    }
    for (ChannelModel channel : companion.channels()) {
      fields.add(channelField(channel));
    }
    fields.add(channelsField());
    fields.add(descriptorField());
    return fields;
  }

  private FieldSpec nameField(ChannelModel channel) {
    return FieldSpec.builder(String.class, Names.nameField(channel), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The channel name of {@link $T#$N}.\n", companion.contract(), channel.methodName())
        .initializer("$S", channel.channelName())
        .build();
  }

  private FieldSpec channelField(ChannelModel channel) {
    TypeName args = companion.argsType(channel);
    TypeName result = Companion.resultType(channel);
    CodeBlock argsCodec = codecs.args(channel, companion.nested(Names.argsRecord(channel)));
    CodeBlock initializer;
    if (channel.kind() == ChannelKind.SEND || channel.kind() == ChannelKind.EVENT) {
      initializer = CodeBlock.of("$T.$L($N, $L)", JavaTypes.CHANNEL, channel.kind().factory(), Names.nameField(channel), argsCodec);
    } else if (channel.exceptions().isEmpty()) {
      initializer = CodeBlock.of("$T.$L($N, $L, $L)", JavaTypes.CHANNEL, channel.kind().factory(), Names.nameField(channel), argsCodec,
          codecs.position(channel.result()));
    } else {
      initializer = CodeBlock.of("$T.$L($N, $L, $L,\n$>$>$L$<$<)", JavaTypes.CHANNEL, channel.kind().factory(), Names.nameField(channel),
          argsCodec, codecs.position(channel.result()), codecs.exceptions(channel));
    }
    if (channel.mainFrameOnly()) {
      initializer = CodeBlock.of("$L\n$>$>.withSenders($T.MAIN_FRAME_ONLY)$<$<", initializer, JavaTypes.SENDER_POLICY);
    }
    return FieldSpec.builder(ParameterizedTypeName.get(JavaTypes.CHANNEL, args, result), Names.channelField(channel),
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The typed channel of {@link $T#$N}.\n", companion.contract(), channel.methodName())
        .initializer(initializer)
        .build();
  }

  private FieldSpec channelsField() {
    List<ChannelModel> channels = companion.channels();
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", JavaTypes.LIST).add("$>$>");
    for (int i = 0; i < channels.size(); i++) {
      ChannelModel channel = channels.get(i);
      String signature = Fingerprints.signature(channel, companion.model().userTypes());
      list.add("\nnew $T($N, $S,\n    $S,\n    $S)", JavaTypes.CHANNEL_DESCRIPTOR, Names.nameField(channel), channel.kind().name(),
          signature, Fingerprints.sha256(signature));
      if (i < channels.size() - 1) {
        list.add(",");
      }
    }
    list.add("$<$<)");
    return FieldSpec.builder(ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.CHANNEL_DESCRIPTOR), "CHANNELS",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Every channel with its canonical signature and that signature's fingerprint, in declaration order.\n")
        .initializer(list.build())
        .build();
  }

  private FieldSpec descriptorField() {
    return FieldSpec.builder(JavaTypes.CONTRACT_DESCRIPTOR, "DESCRIPTOR", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The contract as the cross-process handshake compares it: its fingerprint covers every channel's\n"
            + "name, kind and types (the SHA-256 of the {@link #CHANNELS} signatures, one per line).\n")
        .initializer("new $T($S,\n$>$>$S$<$<)", JavaTypes.CONTRACT_DESCRIPTOR, companion.contract().canonicalName(),
            Fingerprints.contract(companion.model()))
        .build();
  }
}
