package org.typedipc.processor;

/**
 * Every diagnostic the processor reports. Each starts with a stable tag users and tests can search
 * for, says what is wrong and says what to do.
 */
enum Message {
  NOT_INTERFACE(
      "IpcNotInterface",
      "@%s applies to interfaces, but %s is %s. Declare the contract as an interface."),
  CONTRACT_AND_EVENTS(
      "IpcContractAndEvents",
      "%s has both @IpcContract and @IpcEvents, but a contract has one direction. Keep @IpcContract"
          + " for renderer → main channels and move the main → renderer events to their own"
          + " @IpcEvents interface."),
  INACCESSIBLE_CONTRACT(
      "IpcInaccessibleContract",
      "%s is private or inside a private type, so the generated %s cannot implement it. Make it"
          + " package-private or public."),
  GENERIC_CONTRACT(
      "IpcGenericContract",
      "%s declares type parameters, but every channel needs fixed types. Remove the type"
          + " parameters and use concrete types."),
  EMPTY_CONTRACT(
      "IpcEmptyContract",
      "%s declares no channel: it has no abstract method. Add a method for each channel, or remove"
          + " the annotation."),
  GENERIC_METHOD(
      "IpcGenericMethod",
      "%s declares type parameters, but a channel needs fixed argument and result types. Remove"
          + " the type parameters and use concrete types."),
  OVERLOAD(
      "IpcOverload",
      "%s overloads %s, but each channel method needs its own name because the generated"
          + " listeners and handlers are named after it. Rename one of them."),
  NAME_CLASH(
      "IpcNameClash",
      "%s and %s both generate the member %s in %s. Rename one of the methods."),
  CONFLICTING_KINDS(
      "IpcConflictingKinds",
      "%s has both @%s and @%s, but a channel has one kind. Keep one of them."),
  NO_KIND(
      "IpcNoKind",
      "%s returns %s, which matches no channel kind: void is a @Send and CompletableFuture<R> or"
          + " CompletionStage<R> is an @Invoke. Annotate it with @SendSync to block the renderer"
          + " for the value, or change the return type."),
  SEND_RETURNS_VALUE(
      "IpcSendReturnsValue",
      "@Send method %s returns %s, but a send is fire-and-forget. Return void, or use @Invoke"
          + " (CompletableFuture<R>) or @SendSync to get a value back."),
  INVOKE_NOT_ASYNC(
      "IpcInvokeNotAsync",
      "@Invoke method %s returns %s, but an invoke is answered asynchronously. Return"
          + " CompletableFuture<R> or CompletionStage<R>%s."),
  STREAM_RAW_PUBLISHER(
      "IpcStreamRawPublisher",
      "Stream method %s returns %s without a type argument. Say what the stream's items are, e.g."
          + " Flow.Publisher<Hit>."),
  INVOKE_RAW_FUTURE(
      "IpcInvokeRawFuture",
      "@Invoke method %s returns %s without a type argument. Say what the handler answers, e.g."
          + " CompletableFuture<String>, or CompletableFuture<Void> for no value."),
  MAIN_FRAME_ONLY_IN_EVENTS(
      "IpcMainFrameOnlyInEvents",
      "@MainFrameOnly on %s, a method main calls: only main checks senders, so it belongs on a method of"
          + " an @IpcContract, which renderers call. Remove it here."),
  SEND_SYNC_VOID(
      "IpcSendSyncVoid",
      "@SendSync method %s returns void, but a sendSync blocks the renderer until main sets a"
          + " return value. Return the value's type, or use @Send for fire-and-forget."),
  SEND_SYNC_FUTURE(
      "IpcSendSyncFuture",
      "@SendSync method %s returns %s, but a sendSync blocks and returns the value itself. Return"
          + " the value's type, or use @Invoke for an asynchronous answer."),
  EVENTS_KIND_ANNOTATION(
      "IpcEventsKindAnnotation",
      "@%s is for @IpcContract methods, but %s belongs to @IpcEvents %s, whose methods main calls"
          + " on renderers: void methods are events, methods returning CompletableFuture<R> are"
          + " invokes a renderer answers, and nothing blocks main on a renderer, which may hang. Remove"
          + " @%s; name the channel with @Event(\"...\") or @Invoke(\"...\") if needed."),
  EVENT_RETURNS_VALUE(
      "IpcEventReturnsValue",
      "Event method %s returns %s, but events from main to renderers are fire-and-forget."
          + " Return void, or %s for an invoke that the renderer answers."),
  EVENT_OUTSIDE_EVENTS(
      "IpcEventOutsideEvents",
      "@Event names a channel of an @IpcEvents interface, but %s is not annotated with @IpcEvents."
          + " Annotate the interface with @IpcEvents, or use @Send, @SendSync or @Invoke in an"
          + " @IpcContract."),
  KIND_OUTSIDE_CONTRACT(
      "IpcMissingContract",
      "@%s on %s has no effect because %s is not annotated with @IpcContract and no contract of"
          + " this compilation extends it. Annotate the interface with @IpcContract, or extend it"
          + " from a contract."),
  BLANK_CHANNEL(
      "IpcBlankChannel",
      "The channel name of %s is blank. Name the channel, or %s to use \"%s\"."),
  UNSENDABLE_CHANNEL(
      "IpcUnsendableChannel",
      "The channel name of %s cannot cross the wire: it contains %s. Use printable characters only."),
  PADDED_CHANNEL(
      "IpcPaddedChannel",
      "Channel name \"%s\" of %s starts or ends with white space, so callers that type \"%s\" will"
          + " not reach it. Remove the padding."),
  SEALED_CONTRACT(
      "IpcSealedContract",
      "%s is sealed, but the generated %s must implement it. Remove `sealed` and its `permits`"
          + " clause."),
  CHECKED_EXCEPTION(
      "IpcCheckedException",
      "%s declares the checked %s, but %s has no answer to carry it to the caller. Remove it from the"
          + " throws clause, or %s."),
  EXCEPTION_SHAPE(
      "IpcExceptionShape",
      "%s declares %s, which cannot cross the wire as a typed error: %s. Declare a concrete checked"
          + " exception class with a public constructor whose every parameter has a public accessor of"
          + " the same name and type, e.g. QuotaExceededException(String user, int limit) with user()"
          + " and limit() (getUser() and getLimit() also do), or remove it from the throws clause."),
  KIND_ON_CONCRETE_METHOD(
      "IpcKindOnConcreteMethod",
      "@%s on %s has no effect because the method is %s: only abstract methods are channels. Remove"
          + " the method body, or remove the annotation."),
  LIBRARY_METHOD(
      "IpcLibraryMethod",
      "%s inherits the abstract method %s from %s, which would become a channel. Do not extend %2$s's"
          + " interface in a contract; declare the channels you mean in the contract."),
  CONFLICTING_INHERITED(
      "IpcConflictingInherited",
      "%s inherits %s and %s with different channel annotations, but they are one method and one"
          + " channel. Annotate both alike, or redeclare the method in %1$s."),
  COMPANION_CLASH(
      "IpcCompanionClash",
      "Cannot generate %s for %s: %s already declares that type. Rename %s or the other type."),
  NAME_TOO_LONG(
      "IpcNameTooLong",
      "%s generates the class file %s, whose name has %d bytes; file systems allow 255. Shorten the"
          + " method or contract name."),
  DUPLICATE_CHANNEL(
      "IpcDuplicateChannel",
      "Channel \"%s\" of %s is already used by %s in this compilation. Every %s channel needs its"
          + " own name: rename one of them."),
  UNSUPPORTED_TYPE(
      "IpcUnsupportedType",
      "%s of %s cannot cross the wire: %s at %s is %s. %sSupported are %s."),
  INACCESSIBLE_TYPE(
      "IpcInaccessibleType",
      "%s of %s cannot cross the wire: %s at %s is not accessible from package %s, where the"
          + " generated %s lives. Make it public, or package-private in package %s, and not"
          + " nested in a private type."),
  UNRESOLVED_TYPE(
      "IpcUnresolvedType",
      "Did not generate %s because %s refers to types that could not be resolved: %s. If another"
          + " annotation processor generates them, check its errors above."),
  MODULE_REQUIRES(
      "IpcModuleRequires",
      "Module %s cannot use the generated %s: its module-info.java lacks `%s`. Add that line to"
          + " the module declaration."),
  MODULE_REQUIRES_TRANSITIVE(
      "IpcModuleRequiresTransitive",
      "Module %s exports package %s, whose generated %s shows types of %s in its public API, but"
          + " module-info.java has `requires %4$s;`, so javac warns [exports]. Write `requires"
          + " transitive %4$s;` instead."),
  PROCESSOR_EXCEPTION(
      "IpcProcessorException",
      "The typed-ipc processor failed on %s: %s. Please report this together with the contract."),
  CODEC_TYPE(
      "IpcCodecType",
      "%s is declared in @IpcCodecs, but %s. A declared codec implements"
          + " org.typedipc.runtime.spi.Codec<T> for one non-generic class, record, enum or interface"
          + " T, e.g. Codec<Money>."),
  CODEC_NOT_INSTANTIABLE(
      "IpcCodecNotInstantiable",
      "Generated code cannot get an instance of the codec %s: %s. Give it a public static final"
          + " INSTANCE field of its type, or make it a public, non-abstract, top-level or static"
          + " nested class with a public no-argument constructor."),
  DUPLICATE_CODEC(
      "IpcDuplicateCodec",
      "%s and %s are both declared as the codec of %s (%s). A type has one codec: keep one of"
          + " them."),
  TYPESCRIPT_UNSUPPORTED(
      "IpcTypeScriptUnsupported",
      "No TypeScript bindings for %s: %s. Carry the value in types the bindings support (see the"
          + " README, \"Generated TypeScript bindings\"), or build this contract without"
          + " -Atypedipc.typescript."),
  TYPESCRIPT_SEND_SYNC(
      "IpcTypeScriptSendSync",
      "The TypeScript bindings of %s leave out @SendSync %s: a web page cannot block for the answer."
          + " Make it an @Invoke if a page needs to call it."),
  TYPESCRIPT_OPTION(
      "IpcTypeScriptOption",
      "-Atypedipc.typescript=%s is neither true nor false. Pass -Atypedipc.typescript=true to write"
          + " TypeScript bindings, or leave the option out."),
  CODEC_FOR_BUILT_IN_TYPE(
      "IpcCodecForBuiltInType",
      "%s is a codec of %s, which has a built-in codec that is part of the wire protocol and"
          + " cannot be replaced. Remove it from @IpcCodecs, or carry the value in a type of your"
          + " own and declare the codec of that type.");

  private final String tag;
  private final String format;

  Message(String tag, String format) {
    this.tag = tag;
    this.format = format;
  }

  String tag() {
    return tag;
  }

  /** The full text: {@code [Tag] message}. */
  String format(Object... args) {
    return "[" + tag + "] " + String.format(format, args);
  }
}
