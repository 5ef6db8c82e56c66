package org.typedipc.processor;

import java.util.List;

/**
 * A user type that gets a codec: a record, an enum or a sealed interface, or any type with a codec
 * declared in {@code @IpcCodecs}.
 */
sealed interface UserTypeDef {
  TypeRef type();

  /** The canonical definition that goes into channel fingerprints. */
  String canonicalDefinition();

  /**
   * A record.
   *
   * @param explicitConstructor whether the record declares a canonical or compact constructor,
   *     which may reject decoded values
   */
  record RecordDef(TypeRef type, List<Component> components, boolean explicitConstructor)
      implements UserTypeDef {
    public RecordDef {
      components = List.copyOf(components);
    }

    @Override
    public String canonicalDefinition() {
      StringBuilder b = new StringBuilder("record(");
      for (int i = 0; i < components.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        b.append(components.get(i).name()).append(':').append(components.get(i).type().canonical());
      }
      return b.append(')').toString();
    }
  }

  record Component(String name, WireType type) {}

  record EnumDef(TypeRef type, List<String> constants) implements UserTypeDef {
    public EnumDef {
      constants = List.copyOf(constants);
    }

    @Override
    public String canonicalDefinition() {
      return "enum(" + String.join(",", constants) + ")";
    }
  }

  /** A sealed interface; each variant is a {@link WireType.UserRef} to a record, enum or sealed type. */
  record SealedDef(TypeRef type, List<WireType.UserRef> variants) implements UserTypeDef {
    public SealedDef {
      variants = List.copyOf(variants);
    }

    @Override
    public String canonicalDefinition() {
      StringBuilder b = new StringBuilder("sealed(");
      for (int i = 0; i < variants.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        b.append(variants.get(i).canonical());
      }
      return b.append(')').toString();
    }
  }

  /**
   * A type with a codec of the user's, declared in {@code @IpcCodecs}.
   *
   * @param codec the codec class
   * @param singleton whether generated code takes its {@code INSTANCE} field rather than calling
   *     its no-argument constructor
   */
  record CodecDef(TypeRef type, TypeRef codec, boolean singleton) implements UserTypeDef {
    @Override
    public String canonicalDefinition() {
      return "codec(" + codec.qualifiedName() + ")";
    }
  }
}
