package org.typedipc.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why a contract cannot have TypeScript bindings, if it cannot: an {@code Optional} directly inside
 * an {@code Optional}, a record in a sealed union with a component named {@code kind}, which the
 * union's tag takes, or two enums of one sealed union sharing a constant, which a string could not
 * tell apart.
 */
final class TsSupport {
  private TsSupport() {}

  /** The problems, each a phrase for the message; empty if the bindings can be written. */
  static List<String> problems(ContractModel model) {
    Set<String> problems = new LinkedHashSet<>();
    List<WireType> roots = new ArrayList<>();
    for (ChannelModel channel : model.channels()) {
      if (channel.kind() == ChannelKind.SEND_SYNC) {
        continue;
      }
      channel.parameters().forEach(p -> roots.add(p.type()));
      if (channel.result() != null) {
        roots.add(channel.result());
      }
      channel.exceptions().forEach(e -> e.fields().forEach(f -> roots.add(f.type())));
    }
    Set<String> seen = new LinkedHashSet<>();
    for (WireType root : roots) {
      check(root, model, seen, problems);
    }
    for (UserTypeDef def : model.userTypes().values()) {
      if (def instanceof UserTypeDef.SealedDef sealed && seen.contains(sealed.type().qualifiedName())) {
        checkSealed(sealed, model, problems);
      }
    }
    return List.copyOf(problems);
  }

  private static void check(WireType type, ContractModel model, Set<String> seen, Set<String> problems) {
    if (type instanceof WireType.UserRef ref && seen.add(ref.type().qualifiedName())) {
      UserTypeDef def = model.userTypes().get(ref.type().qualifiedName());
      if (def instanceof UserTypeDef.RecordDef record) {
        record.components().forEach(c -> check(c.type(), model, seen, problems));
      } else if (def instanceof UserTypeDef.SealedDef sealed) {
        sealed.variants().forEach(v -> check(v, model, seen, problems));
      }
    }
    if (type instanceof WireType.OptionalOf outer && outer.element() instanceof WireType.OptionalOf) {
      problems.add(outer.canonical() + " would be T | null twice over, so an empty inner Optional and an empty outer one"
          + " could not be told apart");
    }
    WireType.children(type).forEach(child -> check(child, model, seen, problems));
  }

  private static void checkSealed(UserTypeDef.SealedDef sealed, ContractModel model, Set<String> problems) {
    Map<String, String> enumOfConstant = new HashMap<>();
    for (WireType.UserRef variant : sealed.variants()) {
      UserTypeDef def = model.userTypes().get(variant.type().qualifiedName());
      if (def instanceof UserTypeDef.RecordDef record
          && record.components().stream().anyMatch(c -> c.name().equals("kind"))) {
        problems.add("record " + record.type().qualifiedName() + " has a component named kind, which the TypeScript union of "
            + sealed.type().qualifiedName() + " uses as its tag");
      } else if (def instanceof UserTypeDef.EnumDef enumDef) {
        for (String constant : enumDef.constants()) {
          String other = enumOfConstant.putIfAbsent(constant, enumDef.type().qualifiedName());
          if (other != null) {
            problems.add("enums " + other + " and " + enumDef.type().qualifiedName() + " of the sealed "
                + sealed.type().qualifiedName() + " both have the constant " + constant
                + ", which a TypeScript string cannot tell apart");
          }
        }
      }
    }
  }
}
