package org.typedipc.runtime.testing;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The transports of {@link OverEveryTransport}: the {@link ConformanceTransport}s a module supplies
 * as services when there are any (a transport module's tests), else every {@link TransportUnderTest}.
 */
public final class TransportsUnderTest implements ArgumentsProvider {
  @Override
  public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
    List<ConformanceTransport> supplied = ServiceLoader.load(ConformanceTransport.class).stream()
        .map(ServiceLoader.Provider::get)
        .toList();
    Stream<? extends ConformanceTransport> transports = supplied.isEmpty() ? Stream.of(TransportUnderTest.values()) : supplied.stream();
    return transports.map(Arguments::of);
  }
}
