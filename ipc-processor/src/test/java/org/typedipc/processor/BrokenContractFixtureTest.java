package org.typedipc.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The deliberately broken contract {@code fixtures/broken/Notes.java}: what a user sees when a
 * contract is wrong. Each mistake gets its own error, on its own line, and no other error follows.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BrokenContractFixtureTest {
  @Test
  void everyMistakeIsReportedOnItsOwnLine() {
    JavaFileObject notes = JavaFileObjects.forResource("fixtures/broken/Notes.java");
    Compilation compilation = Sources.compile(notes);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("[IpcInvokeNotAsync] @Invoke method Notes.get(String) returns broken.Notes.Note, but an invoke"
            + " is answered asynchronously. Return CompletableFuture<R> or CompletionStage<R>, or use @SendSync to block"
            + " for the value.")
        .inFile(notes).onLine(13);
    assertThat(compilation)
        .hadErrorContaining("[IpcSendReturnsValue] @Send method Notes.log(String) returns boolean, but a send is"
            + " fire-and-forget. Return void, or use @Invoke (CompletableFuture<R>) or @SendSync to get a value back.")
        .inFile(notes).onLine(16);
    assertThat(compilation)
        .hadErrorContaining("[IpcUnsupportedType] Parameter 'note' of Notes.save(Note) cannot cross the wire:"
            + " java.lang.Thread at Note.attachments[0].uploader is a class that is not a record.")
        .inFile(notes).onLine(19);
  }
}
