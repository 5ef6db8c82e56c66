package org.typedipc.runtime.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs every test of an {@link IpcFixture} class once per {@link TransportUnderTest}; a report
 * names each run after its transport, as in {@code InvokeConformanceTest [UNIX_SOCKET]}. A module
 * that supplies {@link ConformanceTransport}s as services runs the suite over those instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "[{0}]")
@ArgumentsSource(TransportsUnderTest.class)
public @interface OverEveryTransport {}
