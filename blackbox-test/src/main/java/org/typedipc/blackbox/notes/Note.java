package org.typedipc.blackbox.notes;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A note as it crosses the wire: a record, encoded by a generated codec. */
public record Note(UUID id, String title, String body, Set<String> tags, Instant created) {}
